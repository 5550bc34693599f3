import { settingsBodySchema } from "../settings/schema";
import { writeObject, z } from "../validation/zod";

/** Organization.settings section "benchmarking": whether submitted follow-up results are shared anonymously. */
export const benchmarkingSettingsSchema = writeObject({ shareResults: z.boolean().default(false) });

/** PUT /api/v1/settings/benchmarking and the settings form. */
export const benchmarkingSettingsBodySchema = settingsBodySchema(benchmarkingSettingsSchema);
export type BenchmarkingSettings = z.output<typeof benchmarkingSettingsSchema>;
