import { addCalendarDays, addCalendarMonths } from "../dates";
import { OBLIGATION_KINDS, type ObligationKind, type ObligationStatus, type ObligationView, type PersonalDataAnswer } from "./schema";

const HOUR = 3_600_000;

/**
 * Severity 3 (allvarlig) or 4 (mycket allvarlig) makes an incident significant: that is when the
 * cybersäkerhetslag (a "betydande incident") and MSBFS 2020:8 (an incident that "allvarligt kan
 * påverka säkerheten") require reports. An unassessed incident (severity null) has no such
 * obligation yet; the clock still runs from detectedAt, so triage late and the obligation appears
 * already overdue.
 */
export const isSignificant = (severity: number | null) => (severity ?? 0) >= 3;

export interface ObligationSettings {
  nis2Covered: boolean;
  msbfsAgency: boolean;
}

export interface ObligationFacts {
  detectedAt: Date;
  personalData: PersonalDataAnswer;
  severity: number | null;
}

export interface RecordedObligation {
  kind: string;
  dueAt: Date;
  reportedAt: Date | null;
  reference: string | null;
  /** Set when assessed as not reportable. */
  assessedAt?: Date | null;
}

/** Neither reported nor assessed as not reportable: what blocks closing and can run late. */
export const isOpenObligation = (o: { reportedAt: Date | null; assessedAt?: Date | null }) => o.reportedAt === null && !o.assessedAt;

/** One calendar month after the NIS2 notification was made, or after its due date until it is. */
export const nis2FinalReportDue = (notificationDueAt: Date, notificationReportedAt: Date | null) =>
  addCalendarMonths(notificationReportedAt ?? notificationDueAt, 1);

/**
 * The reports an incident owes, all counted from detectedAt (DESIGN §6).
 * - gdpr_imy: personal data `yes`, and also `unknown`: a breach may be at hand and IMY's 72 h run
 *   from awareness, so the obligation stands (marked "to assess") until someone answers no.
 * - nis2_*: the organisation is covered by the cybersäkerhetslag and the incident is significant.
 *   The final report is due one calendar month after the notification was made, or after its
 *   due date while it has not been made.
 * - msbfs_*: the organisation is a state agency under MSBFS 2020:8 and the incident is significant.
 * Hour deadlines are elapsed time; the month and the 4 weeks are calendar periods in Swedish time.
 */
export function requiredObligations(
  settings: ObligationSettings,
  facts: ObligationFacts,
  recorded: ReadonlyArray<RecordedObligation> = [],
): { kind: ObligationKind; dueAt: Date }[] {
  const detected = facts.detectedAt.getTime();
  const after = (hours: number) => new Date(detected + hours * HOUR);
  const result: { kind: ObligationKind; dueAt: Date }[] = [];
  if (facts.personalData !== "no") result.push({ kind: "gdpr_imy", dueAt: after(72) });
  if (settings.nis2Covered && isSignificant(facts.severity)) {
    const notificationDue = after(72);
    const notificationReported = recorded.find((o) => o.kind === "nis2_notification")?.reportedAt;
    result.push(
      { kind: "nis2_early_warning", dueAt: after(24) },
      { kind: "nis2_notification", dueAt: notificationDue },
      { kind: "nis2_final_report", dueAt: nis2FinalReportDue(notificationDue, notificationReported ?? null) },
    );
  }
  if (settings.msbfsAgency && isSignificant(facts.severity)) {
    result.push({ kind: "msbfs_cert_se", dueAt: after(6) }, { kind: "msbfs_final_report", dueAt: addCalendarDays(facts.detectedAt, 28) });
  }
  return result;
}

/**
 * What to write when the facts change: new obligations are created, existing ones get their new
 * due date and keep the report already recorded; an obligation that no longer applies is removed
 * unless it was already reported (that report to the authority happened and stays on record).
 */
export function reconcileObligations(
  required: ReadonlyArray<{ kind: ObligationKind; dueAt: Date }>,
  existing: ReadonlyArray<RecordedObligation>,
): { create: { kind: ObligationKind; dueAt: Date }[]; update: { kind: string; dueAt: Date }[]; remove: string[] } {
  const byKind = new Map(existing.map((o) => [o.kind, o]));
  const wanted = new Set(required.map((o) => o.kind as string));
  return {
    create: required.filter((o) => !byKind.has(o.kind)),
    update: required.filter((o) => byKind.has(o.kind) && byKind.get(o.kind)!.dueAt.getTime() !== o.dueAt.getTime()),
    remove: existing.filter((o) => !wanted.has(o.kind) && o.reportedAt === null).map((o) => o.kind),
  };
}

export function obligationStatus(obligation: { dueAt: Date; reportedAt: Date | null; assessedAt?: Date | null }, now = new Date()): ObligationStatus {
  if (obligation.reportedAt) return obligation.reportedAt <= obligation.dueAt ? "reported" : "reported_late";
  if (obligation.assessedAt) return "not_reportable";
  return obligation.dueAt < now ? "overdue" : "due";
}

/** The IMY obligation is only a possibility while nobody has answered whether personal data is involved. */
export const isToAssess = (kind: string, personalData: PersonalDataAnswer) => kind === "gdpr_imy" && personalData === "unknown";
/** Overdue: open and past due. Shared by views, the list filter and the dashboard. */
export function isOverdueObligation(obligation: { dueAt: Date; reportedAt: Date | null; assessedAt?: Date | null }, now = new Date()): boolean {
  return isOpenObligation(obligation) && obligation.dueAt < now;
}

/** Prisma `where` on IncidentObligation for "open" (the SQL twin of isOpenObligation). */
export const openObligationWhere = { reportedAt: null, assessedAt: null } as const;

/** Prisma `where` on Incident for "has an overdue obligation". */
export function obligationOverdueWhere(now = new Date()) {
  return { obligations: { some: { ...openObligationWhere, dueAt: { lt: now } } } };
}

const kindOrder = (kind: string) => OBLIGATION_KINDS.indexOf(kind as ObligationKind);

/** An incident's obligations as views: by due date, then in the order of the law's list. */
export function toObligationViews(
  obligations: ReadonlyArray<RecordedObligation & { assessedById: string | null; motivation: string | null }>,
  personalData: PersonalDataAnswer,
  names: Map<string, string>,
  now = new Date(),
): ObligationView[] {
  return [...obligations]
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || kindOrder(a.kind) - kindOrder(b.kind))
    .map((o) => ({
      kind: o.kind as ObligationKind,
      dueAt: o.dueAt.toISOString(),
      reportedAt: o.reportedAt?.toISOString() ?? null,
      reference: o.reference,
      status: obligationStatus(o, now),
      assessedById: o.assessedById,
      assessedByName: o.assessedById ? (names.get(o.assessedById) ?? null) : null,
      assessedAt: o.assessedAt?.toISOString() ?? null,
      motivation: o.motivation,
      toAssess: isToAssess(o.kind, personalData),
    }));
}
