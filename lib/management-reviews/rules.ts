import { RuleViolation } from "../validation/rule-violation";
import type { Conclusion, ReviewStatus } from "./schema";

/** A review's period must start before it ends. */
export function assertPeriod(periodFrom: Date, periodTo: Date): void {
  if (periodFrom > periodTo) throw new RuleViolation("review_period", "Perioden måste börja innan den slutar.", { periodTo: ["Måste vara efter periodens början."] });
}

/** A signed-off review is the organisation's record: nothing changes it (the service answers 409). */
export const isReadOnly = (status: ReviewStatus) => status === "closed";

/** Signing off takes a held review and management's conclusion. */
export function assertSignOff(status: ReviewStatus, conclusion: Conclusion | null | undefined): void {
  if (status === "draft") throw new RuleViolation("review_not_held", "Markera genomgången som genomförd innan den undertecknas.", { signOff: ["Genomgången är inte genomförd."] });
  if (!conclusion) throw new RuleViolation("conclusion_required", "Ange ledningens slutsats innan genomgången undertecknas.", { conclusion: ["Ange slutsatsen."] });
}

/** Once held, the frozen sections belong to the period: it no longer changes. */
export function assertPeriodOpen(status: ReviewStatus, changes: { periodFrom?: Date; periodTo?: Date }): void {
  if (status !== "draft" && (changes.periodFrom || changes.periodTo)) throw new RuleViolation("review_period_frozen", "Perioden kan inte ändras när genomgången är genomförd.", { periodFrom: ["Underlaget är fryst för perioden."] });
}
