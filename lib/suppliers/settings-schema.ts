import { settingsBodySchema } from "../settings/schema";
import { writeObject, z } from "../validation/zod";

const months = () => z.number().int().min(1, "Ange minst 1 månad.").max(120, "Ange högst 120 månader.");

/**
 * Organization.settings section "suppliers": the follow-up interval per criticality (months).
 * Level 3–4 every 12 months and level 2 every 24 by default; lower levels on demand.
 */
export const supplierSettingsSchema = writeObject({
  followUpIntervals: writeObject({ high: months().default(12), medium: months().default(24) }).default({ high: 12, medium: 24 }),
});

/** PUT /api/v1/settings/suppliers and the settings form. */
export const supplierSettingsBodySchema = settingsBodySchema(supplierSettingsSchema);
export type SupplierSettings = z.output<typeof supplierSettingsSchema>;
