import type { Role } from "../authz/roles";
import { invalidValues, RuleViolation } from "../validation/rule-violation";
import { acceptanceDeniedText, riskMessages } from "./messages";
import { RISK_BANDS, type RiskBand, type RiskStatus, type RiskTreatment } from "./schema";
import { ACCEPTANCE_DECIDERS, type AcceptanceCriteria, type AcceptanceDecider, type RiskBands } from "./settings-schema";

/** A refusal with the rule's own code, which the UI words in the reader's language (lib/i18n/errors.ts). */
const ruleError = (code: string, message: string, fields: Record<string, string[]>) => new RuleViolation(code, message, fields);

const SCALE_MESSAGE = "Ange ett heltal 1–4.";

/** Every given value must be an integer 1–4; otherwise a 400 naming each offending field. */
export function assertScale(values: Record<string, number | null | undefined>): void {
  const fields: Record<string, string[]> = {};
  for (const [field, value] of Object.entries(values)) {
    if (value === null || value === undefined) continue;
    if (!Number.isInteger(value) || value < 1 || value > 4) fields[field] = [SCALE_MESSAGE];
  }
  if (Object.keys(fields).length) throw invalidValues("Sannolikhet och konsekvens anges 1–4.", fields);
}

/** Level = likelihood × consequence (DESIGN §6). */
export function riskLevel(likelihood: number, consequence: number): number {
  assertScale({ likelihood, consequence });
  return likelihood * consequence;
}

/** The residual level after treatment, or null while either value is unset. */
export function residualLevel(residualLikelihood: number | null | undefined, residualConsequence: number | null | undefined): number | null {
  assertScale({ residualLikelihood, residualConsequence });
  if (residualLikelihood == null || residualConsequence == null) return null;
  return residualLikelihood * residualConsequence;
}

export function bandFor(level: number, bands: RiskBands): RiskBand {
  if (level <= bands.low) return "low";
  if (level <= bands.medium) return "medium";
  if (level <= bands.high) return "high";
  return "extreme";
}

export const bandOrNull = (level: number | null, bands: RiskBands): RiskBand | null => (level === null ? null : bandFor(level, bands));

/** Inclusive level range of a band, for filtering. */
export function bandRange(band: RiskBand, bands: RiskBands): { gte: number; lte: number } {
  const bounds = { low: [1, bands.low], medium: [bands.low + 1, bands.medium], high: [bands.medium + 1, bands.high], extreme: [bands.high + 1, 16] };
  const [gte, lte] = bounds[band];
  return { gte, lte };
}

export const bandRank = (band: RiskBand) => RISK_BANDS.indexOf(band);

function higher(a: RiskBand | null, b: RiskBand | null): RiskBand | null {
  if (a === null) return b;
  if (b === null) return a;
  return bandRank(a) >= bandRank(b) ? a : b;
}

/** The highest band this person may accept: by role, and as the risk's owner. */
export function acceptanceLimit(role: Role, isRiskOwner: boolean, criteria: AcceptanceCriteria): RiskBand | null {
  const byRole = role === "ciso" || role === "admin" || role === "management" ? criteria[role] : null;
  return higher(byRole, isRiskOwner ? criteria.riskOwner : null);
}

/** Who may accept a risk of this band under the organisation's criteria. */
export function acceptanceDeciders(band: RiskBand, criteria: AcceptanceCriteria): AcceptanceDecider[] {
  return ACCEPTANCE_DECIDERS.filter((decider) => {
    const max = criteria[decider];
    return max !== null && bandRank(max) >= bandRank(band);
  });
}

/** "Endast ledningen får acceptera risker på nivån hög." */
export function acceptanceDeniedMessage(band: RiskBand, criteria: AcceptanceCriteria): string {
  return acceptanceDeniedText(riskMessages.sv, band, acceptanceDeciders(band, criteria));
}

/** Whether the decider's authority under the criteria reaches the band (the service answers 403 when not). */
export function mayAccept(decider: { role: Role; isRiskOwner: boolean }, band: RiskBand, criteria: AcceptanceCriteria): boolean {
  const max = acceptanceLimit(decider.role, decider.isRiskOwner, criteria);
  return max !== null && bandRank(max) >= bandRank(band);
}

export interface Acceptance {
  decidedById: string | null;
  decidedAt: Date | null;
  motivation: string | null;
  /** Who registered the decision: the decider, or admin/ciso on the decider's behalf. */
  recordedById: string | null;
  /** When the decider confirmed a decision registered on their behalf. */
  confirmedAt: Date | null;
}

/** Registered by someone other than the decider (unknown for decisions from before it was stored). */
export const isOnBehalf = (acceptance: Pick<Acceptance, "decidedById" | "recordedById"> | null): boolean =>
  !!acceptance?.recordedById && acceptance.recordedById !== acceptance.decidedById;

/** The fields of a risk the rules decide on together. */
export interface RiskState {
  likelihood: number;
  consequence: number;
  treatment: RiskTreatment | null;
  residualLikelihood: number | null;
  residualConsequence: number | null;
  status: RiskStatus;
  acceptance: Acceptance | null;
}

export interface RiskChange {
  likelihood?: number;
  consequence?: number;
  treatment?: RiskTreatment | null;
  residualLikelihood?: number | null;
  residualConsequence?: number | null;
  status?: RiskStatus;
  acceptance?: { decidedById?: string | null; decidedAt?: Date | null; motivation?: string | null } | null;
}

export interface ResolvedRisk {
  state: RiskState;
  level: number;
  residualLevel: number | null;
  /** A new acceptance decision was taken in this change: its decider's authority must be checked. */
  decision: Acceptance | null;
  /** Likelihood, consequence, residual values or status changed: the history gets a row. */
  levelChanged: boolean;
}

/** Who applies a change; `confirmOnBehalf` is the organisation's setting `requireDeciderConfirmation`. */
export interface Actor {
  userId: string;
  now: Date;
  confirmOnBehalf?: boolean;
}

const pick = <T>(change: T | undefined, before: T | undefined, fallback: T): T => (change !== undefined ? change : before !== undefined ? before : fallback);

/**
 * Applies a create (before = null) or an update to a risk: levels, residual values, status and
 * acceptance. Accepting requires a motivated decision (decidedById and decidedAt default to the
 * actor and now) and sets the status to accepted; leaving `accept` drops the acceptance. A
 * decision registered on someone else's behalf waits as `acceptance_proposed` for the decider's
 * confirmation when the organisation requires it.
 */
export function resolveRisk(before: RiskState | null, change: RiskChange, bands: RiskBands, actor: Actor): ResolvedRisk {
  const likelihood = pick(change.likelihood, before?.likelihood, NaN);
  const consequence = pick(change.consequence, before?.consequence, NaN);
  let residualLikelihood = pick(change.residualLikelihood, before?.residualLikelihood, null);
  let residualConsequence = pick(change.residualConsequence, before?.residualConsequence, null);
  const level = riskLevel(likelihood, consequence);
  if ((residualLikelihood === null) !== (residualConsequence === null)) {
    const missing = residualLikelihood === null ? "residualLikelihood" : "residualConsequence";
    throw ruleError("residual_incomplete", "Ange både sannolikhet och konsekvens efter behandling.", { [missing]: ["Ange ett heltal 1–4."] });
  }
  const treatment = pick(change.treatment, before?.treatment, null);
  let status: RiskStatus;
  let acceptance: Acceptance | null = null;
  let decision: Acceptance | null = null;

  if (treatment === "accept") {
    const wasAccepted = before?.treatment === "accept";
    const raised = wasAccepted && bandRank(bandFor(level, bands)) > bandRank(bandFor(before.likelihood * before.consequence, bands));
    const given = change.acceptance ?? null;
    if (raised && !given) {
      throw ruleError("acceptance_renewal_required", "Risknivån har höjts: ett nytt beslut om acceptans krävs.", { "acceptance.motivation": ["Ange varför risken accepteras på den nya nivån."] });
    }
    if (!wasAccepted || given) {
      if (!given?.motivation) throw ruleError("motivation_required", "Ett beslut om acceptans kräver en motivering.", { "acceptance.motivation": ["Ange varför risken accepteras."] });
      const decidedById = given.decidedById ?? actor.userId;
      decision = { decidedById, decidedAt: given.decidedAt ?? actor.now, motivation: given.motivation, recordedById: actor.userId, confirmedAt: null };
    }
    acceptance = decision ?? before?.acceptance ?? null;
    // Accepting keeps the risk as it is, so what remains after treatment is the current level.
    if (residualLikelihood === null) [residualLikelihood, residualConsequence] = [likelihood, consequence];
    status = acceptedStatus(before, change, decision, actor);
  } else {
    if (change.acceptance) throw ruleError("accept_treatment_required", "Beslut om acceptans kräver behandlingen acceptera.", { treatment: ["Välj acceptera för att registrera ett beslut."] });
    const wasAccepting = before?.status === "accepted" || before?.status === "acceptance_proposed";
    status = change.status ?? (wasAccepting || !before ? "open" : before.status);
    if (status === "accepted" || status === "acceptance_proposed") {
      throw ruleError("accept_treatment_required", "Status accepterad kräver behandlingen acceptera.", { status: ["Välj behandlingen acceptera för att acceptera risken."] });
    }
  }

  const state: RiskState = { likelihood, consequence, treatment, residualLikelihood, residualConsequence, status, acceptance };
  const levelChanged =
    !before ||
    (["likelihood", "consequence", "residualLikelihood", "residualConsequence", "status"] as const).some((key) => before[key] !== state[key]);
  return { state, level, residualLevel: residualLevel(residualLikelihood, residualConsequence), decision, levelChanged };
}

const AWAITING_MESSAGE = "Beslutet väntar på att beslutsfattaren bekräftar det.";

/**
 * Status under the treatment `accept`: accepted or closed, or `acceptance_proposed` while a
 * decision registered on the decider's behalf awaits their confirmation (set here, never sent).
 */
function acceptedStatus(before: RiskState | null, change: RiskChange, decision: Acceptance | null, actor: Actor): RiskStatus {
  if (decision && actor.confirmOnBehalf && isOnBehalf(decision)) return "acceptance_proposed";
  const awaiting = !decision && before?.status === "acceptance_proposed";
  const status = change.status ?? (decision ? "accepted" : (before?.status ?? "accepted"));
  // Neither accepted nor closed behind the decider's back: confirm, decide anew or change the treatment.
  if (awaiting && status !== "acceptance_proposed") throw ruleError("acceptance_awaiting", AWAITING_MESSAGE, { status: [AWAITING_MESSAGE] });
  if (status === "acceptance_proposed" && !awaiting) {
    throw invalidValues("Status föreslagen acceptans sätts av ett beslut som väntar på bekräftelse.", { status: ["Välj accepterad eller stängd."] });
  }
  if (status === "open" || status === "treated") {
    throw invalidValues("En accepterad risk har status accepterad eller stängd.", { status: ["Välj accepterad eller stängd, eller ändra behandlingen."] });
  }
  return status;
}

/** A review date has passed on a risk that is still part of the risk picture. */
export function isReviewOverdue(reviewDueAt: Date | null, status: RiskStatus, now = new Date()): boolean {
  return reviewDueAt !== null && reviewDueAt < now && status !== "closed";
}

/** An acceptance record is complete when it says who decided, when and why. */
export function isAcceptanceDocumented(acceptance: Pick<Acceptance, "decidedById" | "decidedAt" | "motivation"> | null): boolean {
  return !!acceptance?.decidedById && !!acceptance.decidedAt && !!acceptance.motivation?.trim();
}
