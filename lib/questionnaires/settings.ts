import "server-only";
import { defineSettingsSection } from "../settings/section";
import { benchmarkingSettingsSchema } from "./settings-schema";

export const BENCHMARKING_SECTION = "benchmarking";

/** Opt-in to anonymous benchmarking: read by those who read the questionnaires, set by an admin. */
export const benchmarkingSettings = defineSettingsSection({ key: BENCHMARKING_SECTION, schema: benchmarkingSettingsSchema, defaults: { shareResults: false }, read: "questionnaires.read", write: "settings.manage" });
