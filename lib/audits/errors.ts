import { AppError } from "../errors";
import type { AuditMoveViolation } from "./rules";
import { AUDIT_MOVES } from "./rules";
import type { AuditStatus } from "./schema";

/** The API's Swedish answer for a refused audit move; the UI words `code` from lib/i18n/error-messages.ts. */
export function auditMoveError(violation: AuditMoveViolation, from: AuditStatus, to: AuditStatus): AppError {
  const allowed = AUDIT_MOVES[from];
  if (violation === "reason_required") return new AppError(400, "reason_required", "Ange ett skäl för att skjuta upp eller ställa in revisionen.", { reason: ["Ange ett skäl."] });
  if (violation === "report_required") return new AppError(400, "report_required", "Utfärda revisionsrapporten först.", { status: ["Revisionen har ingen utfärdad rapport."] });
  return new AppError(
    400,
    "audit_status_move",
    `Status kan inte ändras från ${from} till ${to}. Tillåtna: ${allowed.join(", ") || "inga"}.`,
    { status: [`Tillåtna från ${from}: ${allowed.join(", ") || "inga"}.`] },
    { from, to, allowed },
  );
}

export const notReportable = (status: AuditStatus) =>
  new AppError(400, "not_reportable", "Rapporten utfärdas när revisionen är genomförd.", { status: [`Revisionen har status ${status}.`] }, { status });
