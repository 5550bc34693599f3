import { settingsBodySchema } from "../settings/schema";
import { writeObject, z } from "../validation/zod";
import { PERSPECTIVE_KEYS, type PerspectiveKey } from "./msb-model";

export const MATURITY_SECTION = "maturity";

const level = z.number().int().min(1).max(4);

/** Organization.settings.maturity: the level the organisation aims for per perspective (none set by default). */
export const maturitySettingsSchema = writeObject({
  targets: writeObject(Object.fromEntries(PERSPECTIVE_KEYS.map((key) => [key, level.optional()])) as Record<PerspectiveKey, z.ZodOptional<typeof level>>).default({}),
});

export type MaturitySettings = z.output<typeof maturitySettingsSchema>;
/** PUT /api/v1/settings/maturity and the targets form. */
export const maturitySettingsBodySchema = settingsBodySchema(maturitySettingsSchema);
