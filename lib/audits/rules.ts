import { addCalendarDays } from "../dates";
import type { AuditStatus } from "./schema";

/**
 * The audit's flow: planned → prepared → performed → reported → closed, one step at a time.
 * Postponing (back to planned later) and cancelling need a reason; a closed or cancelled audit stays.
 */
export const AUDIT_MOVES: Record<AuditStatus, AuditStatus[]> = {
  planned: ["prepared", "postponed", "cancelled"],
  prepared: ["performed", "postponed", "cancelled"],
  performed: ["reported"],
  reported: ["closed"],
  closed: [],
  postponed: ["planned", "cancelled"],
  cancelled: [],
};

export const REASON_REQUIRED: readonly AuditStatus[] = ["postponed", "cancelled"];

export type AuditMoveViolation = "status_move" | "reason_required" | "report_required";

/** Why the move is refused, or null when it is allowed. */
export function auditMoveViolation(from: AuditStatus, to: AuditStatus, facts: { reason?: string | null; hasReport: boolean }): AuditMoveViolation | null {
  if (!AUDIT_MOVES[from].includes(to)) return "status_move";
  if (REASON_REQUIRED.includes(to) && !facts.reason) return "reason_required";
  if (to === "reported" && !facts.hasReport) return "report_required";
  return null;
}

/** Findings answer within 30 days of the report unless the auditor set another date. */
export const RESPONSE_DAYS = 30;
export function defaultResponseDue(issuedAt: Date): Date {
  return addCalendarDays(issuedAt, RESPONSE_DAYS);
}

/** A report may be issued (or revised) once the audit is performed, never before or after it is closed. */
export const REPORTABLE: readonly AuditStatus[] = ["performed", "reported"];
