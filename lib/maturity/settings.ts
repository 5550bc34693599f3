import "server-only";
import { defineSettingsSection } from "../settings/section";
import { MATURITY_SECTION, maturitySettingsSchema } from "./settings-schema";

/** The target level per perspective: read with the maturity register, set by admin and ciso. */
export const maturitySettings = defineSettingsSection({ key: MATURITY_SECTION, schema: maturitySettingsSchema, read: "maturity.read", write: "maturity.write" });
