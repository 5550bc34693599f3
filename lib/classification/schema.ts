import { settingsBodySchema } from "../settings/schema";
import { text, writeObject, z } from "../validation/zod";

export const ASPECTS = ["confidentiality", "integrity", "availability", "traceability"] as const;
export type Aspect = (typeof ASPECTS)[number];

/** The highest level a model may have; asset schemas validate against it, the service against the model. */
export const MAX_SCALE_LEVEL = 9;

const criteriaSchema = writeObject({
  confidentiality: text().trim().max(2000).default(""),
  integrity: text().trim().max(2000).default(""),
  availability: text().trim().max(2000).default(""),
  traceability: text().trim().max(2000).default(""),
});

const levelSchema = writeObject({
  value: z.number().int().min(0).max(MAX_SCALE_LEVEL),
  name: text().trim().min(1).max(60),
  criteria: criteriaSchema.default({ confidentiality: "", integrity: "", availability: "", traceability: "" }),
  /** Information at this level falls under säkerhetsskyddslagen and needs a separate säkerhetsskyddsanalys. */
  securityProtection: z.boolean().default(false),
});

type Level = z.output<typeof levelSchema>;

const level = (value: number, name: string, c: string, i: string, a: string, t: string, securityProtection = false): Level => ({
  value,
  name,
  criteria: { confidentiality: c, integrity: i, availability: a, traceability: t },
  securityProtection,
});

/** KLASSA's consequence scale (DESIGN §6). */
export const DEFAULT_LEVELS: Level[] = [
  level(
    0,
    "Försumbar",
    "Informationen är allmän och kan lämnas ut utan skada, t.ex. publicerad information.",
    "Felaktig information ger ingen eller försumbar skada.",
    "Informationen kan vara otillgänglig i mer än en vecka utan märkbar skada.",
    "Det behövs ingen spårbarhet av vem som tagit del av eller ändrat informationen.",
  ),
  level(
    1,
    "Måttlig",
    "Röjande ger måttlig skada, t.ex. interna arbetsdokument eller enstaka vanliga personuppgifter.",
    "Felaktig information ger måttlig skada som lätt kan rättas.",
    "Avbrott längre än några dagar ger måttlig skada för verksamheten.",
    "Spårbarhet behövs för att i efterhand kunna utreda ändringar vid behov.",
  ),
  level(
    2,
    "Betydande",
    "Röjande ger betydande skada, t.ex. personuppgifter i större mängd eller uppgifter som omfattas av sekretess.",
    "Felaktig information kan leda till felaktiga beslut eller myndighetsutövning med betydande skada.",
    "Avbrott längre än ett dygn ger betydande skada för verksamhet eller enskilda.",
    "Det måste gå att spåra vem som läst eller ändrat informationen, t.ex. för uppföljning av behörigheter.",
  ),
  level(
    3,
    "Allvarlig",
    "Röjande ger allvarlig skada, t.ex. känsliga personuppgifter, skyddade personuppgifter eller uppgifter om hälsa.",
    "Felaktig information kan ge allvarlig skada för liv, hälsa, rättssäkerhet eller ekonomi.",
    "Avbrott längre än några timmar ger allvarlig skada, t.ex. för vård, omsorg eller kritisk samhällsservice.",
    "Varje åtkomst och ändring måste loggas och kunna följas upp, t.ex. journalföring.",
  ),
  level(
    4,
    "Synnerligen allvarlig",
    "Säkerhetsskyddsklassificerad information enligt säkerhetsskyddslagen. Gör en separat säkerhetsskyddsanalys.",
    "Felaktig information kan ge synnerligen allvarlig skada för Sveriges säkerhet eller människors liv.",
    "Avbrott ger synnerligen allvarlig skada för Sveriges säkerhet eller samhällsviktig verksamhet.",
    "Fullständig och manipulationsskyddad spårbarhet krävs enligt säkerhetsskyddslagstiftningen.",
    true,
  ),
];

/** Organization.settings section "classification". */
export const classificationModelSchema = writeObject({
  levels: z
    .array(levelSchema)
    .min(2)
    .max(MAX_SCALE_LEVEL + 1)
    .default(DEFAULT_LEVELS)
    .refine((levels) => levels.every((entry, index) => entry.value === index), "Nivåerna ska numreras 0, 1, 2 … i ordning."),
  /** Spårbarhet is offered in the form and counts towards the protection level. */
  traceabilityEnabled: z.boolean().default(true),
  /**
   * Whether an asset needs a spårbarhet level to count as classified. Off by default: the aspect is
   * optional in KLASSA, and an asset with K, R and T set is classified (issue 3's acceptance).
   */
  traceabilityRequired: z.boolean().default(false),
  reviewIntervalMonths: z.number().int().min(1).max(60).default(12),
});

/** PUT /api/v1/classification-model and the model form. */
export const classificationModelBodySchema = settingsBodySchema(classificationModelSchema);

export type ClassificationModel = z.output<typeof classificationModelSchema>;
export type ClassificationModelInput = z.input<typeof classificationModelSchema>;

export const CLASSIFICATION_SECTION = "classification";

export function enabledAspects(model: Pick<ClassificationModel, "traceabilityEnabled">): Aspect[] {
  return model.traceabilityEnabled ? [...ASPECTS] : ASPECTS.filter((aspect) => aspect !== "traceability");
}

/** The aspects that must all have a level for the asset to count as classified. */
export function requiredAspects(model: Pick<ClassificationModel, "traceabilityEnabled" | "traceabilityRequired">): Aspect[] {
  return model.traceabilityEnabled && model.traceabilityRequired ? [...ASPECTS] : ASPECTS.filter((aspect) => aspect !== "traceability");
}

export const topLevel = (model: Pick<ClassificationModel, "levels">) => model.levels.length - 1;

/** "2 Betydande", or the bare number when the model no longer has that level. */
export function levelLabel(model: Pick<ClassificationModel, "levels">, value: number | null): string | null {
  if (value === null) return null;
  const entry = model.levels.find((candidate) => candidate.value === value);
  return entry ? `${value} ${entry.name}` : String(value);
}
