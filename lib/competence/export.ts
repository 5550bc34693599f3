import "server-only";
import type { Principal } from "../authz/roles";
import { exportResponse, type ExportColumn } from "../export/table";
import { listOverdue } from "./coverage";
import { competenceMessages } from "./messages";
import type { OverdueExportQuery, OverdueView } from "./schema";

// An export is a file for the register's keepers: Swedish, as the API.
const sv = competenceMessages.sv;

const columns: ExportColumn<OverdueView>[] = [
  { header: sv.fields.name, value: (r) => r.personName, width: 30 },
  { header: sv.fields.employeeNumber, value: (r) => r.employeeNumber },
  { header: sv.fields.orgUnit, value: (r) => r.orgUnitName, width: 30 },
  { header: sv.fields.training, value: (r) => r.trainingTitle, width: 40 },
  { header: sv.fields.status, value: (r) => sv.coverage[r.status] },
  { header: sv.fields.lastCompletedAt, kind: "date", value: (r) => r.lastCompletedAt },
  { header: sv.fields.dueAt, kind: "date", value: (r) => r.dueAt },
];

/** The overdue list (one unit or all) as CSV or Excel, for the managers who follow it up. */
export async function exportOverdue(principal: Principal, query: OverdueExportQuery): Promise<Response> {
  const { items } = await listOverdue(principal, query);
  return exportResponse(query.format, "forsenade-utbildningar", columns, items);
}
