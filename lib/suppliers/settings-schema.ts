import { settingsBodySchema } from "../settings/schema";
import { text, writeObject, z } from "../validation/zod";

const months = () => z.number().int().min(1, "Ange minst 1 månad.").max(120, "Ange högst 120 månader.");

/**
 * Organization.settings section "suppliers": the follow-up interval per criticality (months).
 * Level 3–4 every 12 months and level 2 every 24 by default; lower levels on demand.
 */
/** The organisation's supplier questions, sent with every questionnaire link (Swedish defaults). */
export const DEFAULT_SUPPLIER_QUESTIONS = [
  { key: "iso27001", text: "Har ni ett giltigt certifikat enligt ISO/IEC 27001 som omfattar tjänsten ni levererar till oss?" },
  { key: "incident_reporting", text: "Rapporterar ni säkerhetsincidenter som berör oss till oss utan dröjsmål (inom 24 timmar)?" },
  { key: "subcontractors", text: "Informerar ni oss i förväg om underleverantörer som behandlar vår information, och ställer ni samma krav på dem?" },
  { key: "data_location", text: "Lagras och behandlas vår information enbart inom EU/EES?" },
  { key: "access_control", text: "Är åtkomsten till vår information begränsad efter behov, med stark autentisering och loggning?" },
  { key: "backups", text: "Tas säkerhetskopior regelbundet, och testas återläsning minst en gång per år?" },
  { key: "deletion", text: "Återlämnas eller raderas vår information på ett verifierbart sätt när avtalet upphör?" },
];

const questionKey = () => z.string().regex(/^[a-z0-9_-]{1,40}$/, "Använd 1–40 tecken: a–z, 0–9, _ eller -.");
const questionSchema = writeObject({ key: questionKey(), text: text().trim().min(1, "Skriv frågan.").max(500, "Högst 500 tecken.") });

export const supplierSettingsSchema = writeObject({
  followUpIntervals: writeObject({ high: months().default(12), medium: months().default(24) }).default({ high: 12, medium: 24 }),
  questions: z
    .array(questionSchema)
    .max(50, "Högst 50 frågor.")
    .refine((list) => new Set(list.map((question) => question.key)).size === list.length, "Varje fråga behöver en egen nyckel.")
    .default(DEFAULT_SUPPLIER_QUESTIONS),
});

/** PUT /api/v1/settings/suppliers and the settings form. */
export const supplierSettingsBodySchema = settingsBodySchema(supplierSettingsSchema);
export type SupplierSettings = z.output<typeof supplierSettingsSchema>;
