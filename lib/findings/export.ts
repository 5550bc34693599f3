import "server-only";
import { pageArgs } from "../api/list";
import { auditMessages } from "../audits/messages";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { exportResponse, type ExportColumn } from "../export/table";
import { findingInclude, findingWhere, toFindingViews } from "./queries";
import type { FindingView } from "./schema";
import type { z } from "../validation/zod";
import type { findingExportQuerySchema } from "./schema";

const MAX_ROWS = 10_000;
// An export is a file for the register's keepers: Swedish, as the API.
const sv = auditMessages.sv;

const columns: ExportColumn<FindingView>[] = [
  { header: "Iakttagelse", value: (f) => f.title, width: 40 },
  { header: "Typ", value: (f) => sv.findingType[f.type], width: 20 },
  { header: "Revision", value: (f) => f.auditTitle, width: 30 },
  { header: "Krav", value: (f) => f.criterion, width: 30 },
  { header: "Beskrivning", value: (f) => f.description, width: 40 },
  { header: "Verksamhet", value: (f) => f.orgUnitName, width: 20 },
  { header: "Ansvarig", value: (f) => f.responsibleName, width: 20 },
  { header: "Svar senast", kind: "date", value: (f) => f.responseDueAt },
  { header: "Status", value: (f) => sv.findingStatus[f.status] },
  { header: "Grundorsak", value: (f) => f.rootCause, width: 30 },
  { header: "Handlingsplan", value: (f) => f.actionPlan, width: 40 },
  { header: "Plan godkänd", kind: "date", value: (f) => f.planAcceptedAt },
  { header: "Verifierad", kind: "date", value: (f) => f.verifiedAt },
  { header: "Effektiv", value: (f) => f.effective },
  { header: "Stängd", kind: "date", value: (f) => f.closedAt },
  { header: "Eskalerad", kind: "date", value: (f) => f.escalatedAt },
  { header: "Försenad", value: (f) => f.overdue },
];

/** The filtered register of findings of all audits, as CSV or Excel. */
export async function exportFindings(principal: Principal, query: z.output<typeof findingExportQuerySchema>): Promise<Response> {
  authorize(principal, "audits.read");
  const rows = await db.finding.findMany({ where: await findingWhere(principal, query), include: findingInclude, ...pageArgs({ page: 1, pageSize: MAX_ROWS }, { createdAt: "desc" }) });
  return exportResponse(query.format, "iakttagelser", columns, await toFindingViews(rows));
}
