import { optionsQuerySchema } from "../api/options";
import { z } from "../validation/zod";
import { RECORD_TYPES, type RecordType } from "./registry";

const SEARCHABLE = (Object.keys(RECORD_TYPES) as RecordType[]).filter((type) => "search" in RECORD_TYPES[type]);

/** `?type=incident&q=…` of GET /api/v1/records/options: any searchable record type by title. */
export const recordOptionsQuerySchema = optionsQuerySchema.extend({ type: z.enum(SEARCHABLE as [RecordType, ...RecordType[]]) });
export type RecordOptionsQuery = z.output<typeof recordOptionsQuerySchema>;
