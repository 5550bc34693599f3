import { z } from "../validation/zod";

/** The download formats of every register export; client-safe so list schemas used by forms can include it. */
export const exportFormatSchema = z.enum(["csv", "xlsx"]);
export type ExportFormat = z.output<typeof exportFormatSchema>;
