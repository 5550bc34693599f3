import { settingsBodySchema } from "../settings/schema";
import { writeObject, z } from "../validation/zod";
import { RISK_BANDS, type RiskBand } from "./schema";

/** Who may decide on acceptance: the risk owner (any role, on their own risk) and three roles. */
export const ACCEPTANCE_DECIDERS = ["riskOwner", "ciso", "admin", "management"] as const;
export type AcceptanceDecider = (typeof ACCEPTANCE_DECIDERS)[number];

const bound = () => z.number().int().min(1).max(15);
/** The highest band a decider may accept; null: may not accept at all. */
const limit = (fallback: RiskBand | null) => z.enum(RISK_BANDS).nullable().default(fallback);

/**
 * Organization.settings section "risk". Bands are upper bounds of the level (likelihood ×
 * consequence): low 1–2, medium 3–6, high 8–12, extreme above that (16) by default. Admin accepts
 * as far as the CISO: both steward the ISMS, neither is the organisation's management. Only admin
 * changes the section: the bands decide which band a level falls in, so they are acceptance
 * criteria as much as the limits are (see "risk-acceptance-criteria.manage").
 */
export const riskSettingsSchema = writeObject({
  bands: writeObject({ low: bound().default(2), medium: bound().default(6), high: bound().default(12) }).default({ low: 2, medium: 6, high: 12 }),
  acceptance: writeObject({ riskOwner: limit("low"), ciso: limit("medium"), admin: limit("medium"), management: limit("extreme") }).default({
    riskOwner: "low",
    ciso: "medium",
    admin: "medium",
    management: "extreme",
  }),
  /** A decision registered on the decider's behalf waits for the decider to confirm it. */
  requireDeciderConfirmation: z.boolean().default(false),
}).superRefine((value, ctx) => {
  const { low, medium, high } = value.bands;
  if (medium <= low) ctx.addIssue({ code: "custom", path: ["bands", "medium"], message: "Måste vara högre än gränsen för låg." });
  if (high <= medium) ctx.addIssue({ code: "custom", path: ["bands", "high"], message: "Måste vara högre än gränsen för medelhög." });
});

/** PUT /api/v1/settings/risk and the settings form. */
export const riskSettingsBodySchema = settingsBodySchema(riskSettingsSchema);

export type RiskSettings = z.output<typeof riskSettingsSchema>;
export type RiskSettingsInput = z.input<typeof riskSettingsSchema>;
export type RiskBands = RiskSettings["bands"];
export type AcceptanceCriteria = RiskSettings["acceptance"];
export const DEFAULT_RISK_SETTINGS: RiskSettings = riskSettingsSchema.parse({});
