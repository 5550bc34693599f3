import { AppError } from "../errors";
import { findingMoves, type FindingMoveViolation } from "./rules";
import type { FindingStatus, FindingType } from "./schema";

export function findingMoveError(violation: FindingMoveViolation, type: FindingType, from: FindingStatus, to: FindingStatus): AppError {
  if (violation === "action_plan_required") return new AppError(400, "action_plan_required", "Skriv en handlingsplan innan den skickas in.", { actionPlan: ["Ange en handlingsplan."] });
  const allowed = findingMoves(type, from);
  return new AppError(400, "finding_status_move", `Status kan inte ändras från ${from} till ${to}. Tillåtna: ${allowed.join(", ") || "inga"}.`, { status: [`Tillåtna från ${from}: ${allowed.join(", ") || "inga"}.`] }, { from, to, allowed });
}

/** 403 naming the fields the responsible person may not change (only the response is theirs). */
export const responseOnly = (fields: string[]) =>
  new AppError(403, "forbidden", "Som ansvarig besvarar du iakttagelsen (grundorsak och handlingsplan); övrigt ändrar revisorn.", Object.fromEntries(fields.map((field) => [field, ["Får inte ändras av dig."]])));

export const findingClosed = () => new AppError(400, "finding_closed", "Iakttagelsen är stängd.");
export const notImplemented = (status: FindingStatus) =>
  new AppError(400, "not_implemented", "Effektiviteten kontrolleras när åtgärderna är genomförda.", { status: [`Iakttagelsen har status ${status}.`] }, { status });
