import "server-only";
import { db } from "../db/client";
import type { WorkItem, WorkProvider, WorkRecipient, WorkScope } from "../work/types";
import { dueState, WARNING_WINDOWS, warnBefore } from "../work/rules";
import { incidentMessages } from "./messages";
import type { ObligationKind } from "./schema";

const window = WARNING_WINDOWS.incident_obligation;
// Neither reported nor assessed as not reportable, on an incident still open.
const open = { reportedAt: null, assessedAt: null };
const include = { incident: { select: { id: true, reference: true, title: true, handlerId: true, status: true } } };

type Row = { id: string; kind: string; dueAt: Date; incident: { id: string; reference: string; title: string; handlerId: string | null } };

function toItem(row: Row, now: Date, cisoIds: string[]): WorkItem {
  const recipients = new Set([...(row.incident.handlerId ? [row.incident.handlerId] : []), ...cisoIds]);
  // The title names the obligation; the record's own title stays in the organisation's language (Swedish).
  const label = incidentMessages.sv.obligationKind[row.kind as ObligationKind] ?? row.kind;
  return {
    kind: "incident_obligation",
    recordType: "incident",
    recordId: row.incident.id,
    subKey: row.id,
    title: `${row.incident.reference} ${row.incident.title}: ${label}`,
    dueAt: row.dueAt,
    state: dueState(row.dueAt, now, window),
    recipients: [...recipients].map((userId): WorkRecipient => ({ userId })),
  };
}

async function cisos(organizationId: string): Promise<string[]> {
  const rows = await db.membership.findMany({ where: { organizationId, role: "ciso" }, select: { userId: true } });
  return rows.map((row) => row.userId);
}

/** A user's open obligations: a ciso answers for all of them, anyone else for the incidents they handle. */
function userObligations(organizationId: string, userId: string, cisoIds: string[], now: Date, scope: WorkScope) {
  const mine = cisoIds.includes(userId) ? {} : { handlerId: userId };
  const due = scope === "due" ? { dueAt: { lte: warnBefore(now, window) } } : {};
  return { ...open, ...due, incident: { organizationId, status: { not: "closed" as const }, ...mine } };
}

/** Reporting obligations (IMY, NIS2, MSBFS) due within 6 hours or overdue: to the handler and every ciso. */
export const incidentWork: WorkProvider = {
  kinds: ["incident_obligation"],
  async dueItems(organizationId, now) {
    const [rows, cisoIds] = await Promise.all([
      db.incidentObligation.findMany({
        where: { ...open, dueAt: { lte: warnBefore(now, window) }, incident: { organizationId, status: { not: "closed" } } },
        include,
      }),
      cisos(organizationId),
    ]);
    return rows.map((row) => toItem(row, now, cisoIds));
  },
  async countDue(organizationId, userId, now) {
    const cisoIds = await cisos(organizationId);
    return db.incidentObligation.count({ where: userObligations(organizationId, userId, cisoIds, now, "due") });
  },
  async forUser(organizationId, userId, now, scope = "all") {
    const cisoIds = await cisos(organizationId);
    const rows = await db.incidentObligation.findMany({ where: userObligations(organizationId, userId, cisoIds, now, scope), include });
    return rows.map((row) => toItem(row, now, cisoIds));
  },
};
