import { settingsBodySchema } from "../settings/schema";
import { text, writeObject, z } from "../validation/zod";

/** CERT-SE's ten incident categories (DESIGN §6), the default list of every organisation. */
export const CERT_SE_CATEGORIES = [
  { code: "hardware_software", label: "Störning i mjuk- eller hårdvara" },
  { code: "operating_environment", label: "Störning i driftmiljö" },
  { code: "information_loss", label: "Informationsförlust/-läckage" },
  { code: "information_corruption", label: "Informationsförvanskning" },
  { code: "access_denied", label: "Hindrad tillgång till information" },
  { code: "product_vulnerability", label: "Säkerhetsbrist i en produkt" },
  { code: "attack", label: "Angrepp" },
  { code: "human_error", label: "Handhavandefel" },
  { code: "critical_infrastructure", label: "Störning i kritisk infrastruktur" },
  { code: "other_sudden_event", label: "Annan plötslig oförutsedd händelse" },
] as const;

export const incidentCategorySchema = writeObject({
  code: text().trim().regex(/^[a-z0-9_-]{1,50}$/, "Koden får bara innehålla a–z, 0–9, _ och - (högst 50 tecken)."),
  label: text().trim().min(1).max(200),
});
export type IncidentCategory = z.output<typeof incidentCategorySchema>;

/** The organisation's "incidents" settings section. */
export const incidentSettingsSchema = writeObject({
  /** Covered by the cybersäkerhetslag (NIS2): early warning, notification and final report. */
  nis2Covered: z.boolean().default(false),
  /** A state agency under MSBFS 2020:8: CERT-SE within 6 h and a final report within 4 weeks. */
  msbfsAgency: z.boolean().default(false),
  categories: z
    .array(incidentCategorySchema)
    .min(1, "Ange minst en kategori.")
    .max(50)
    .refine((list) => new Set(list.map((c) => c.code)).size === list.length, "Varje kod får bara förekomma en gång.")
    .default(() => CERT_SE_CATEGORIES.map((c) => ({ ...c }))),
});
export type IncidentSettings = z.output<typeof incidentSettingsSchema>;
/** PUT /api/v1/settings/incidents and the settings form. */
export const incidentSettingsBodySchema = settingsBodySchema(incidentSettingsSchema);
export const INCIDENT_SETTINGS_SECTION = "incidents";
