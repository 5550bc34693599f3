import "server-only";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { exportResponse, type ExportColumn } from "../export/table";
import { pageArgs } from "../api/list";
import { riskInclude, toRiskViews, riskWhere } from "./queries";
import { riskMessages } from "./messages";
import type { RiskExportQuery, RiskView } from "./schema";
import { readRiskSettings } from "./settings";

const MAX_ROWS = 10_000;
// An export is a file for the register's keepers: Swedish, as the API.
const sv = riskMessages.sv;

type ExportRow = RiskView & { assetNames: string; analysisTitle: string };

const columns: ExportColumn<ExportRow>[] = [
  { header: "Risk", value: (r) => r.title, width: 40 },
  { header: "Orsak (på grund av)", value: (r) => r.cause, width: 30 },
  { header: "Händelse (inträffar)", value: (r) => r.event, width: 30 },
  { header: "Konsekvens (vilket leder till)", value: (r) => r.consequenceText, width: 30 },
  { header: "Riskanalys", value: (r) => r.analysisTitle, width: 30 },
  { header: "Informationstillgångar", value: (r) => r.assetNames, width: 30 },
  { header: "Identifierad", kind: "date", value: (r) => r.identifiedAt },
  { header: "Sannolikhet", value: (r) => r.likelihood },
  { header: "Konsekvens", value: (r) => r.consequence },
  { header: "Risknivå", value: (r) => r.level },
  { header: "Riskklass", value: (r) => sv.bands[r.band] },
  { header: "Riskägare", value: (r) => r.ownerName, width: 20 },
  { header: "Behandling", value: (r) => (r.treatment ? sv.treatments[r.treatment] : null) },
  { header: "Sannolikhet efter behandling", value: (r) => r.residualLikelihood },
  { header: "Konsekvens efter behandling", value: (r) => r.residualConsequence },
  { header: "Restrisknivå", value: (r) => r.residualLevel },
  { header: "Restriskklass", value: (r) => (r.residualBand ? sv.bands[r.residualBand] : null) },
  { header: "Status", value: (r) => sv.statuses[r.status] },
  { header: "Accepterad av", value: (r) => r.acceptance?.decidedByName, width: 20 },
  { header: "Beslutsdatum", kind: "date", value: (r) => r.acceptance?.decidedAt },
  { header: "Motivering", value: (r) => r.acceptance?.motivation, width: 40 },
  { header: "Uppföljning senast", kind: "date", value: (r) => r.reviewDueAt },
  { header: "Uppföljning försenad", value: (r) => r.reviewOverdue },
  { header: "Försenade åtgärder", value: (r) => r.actionsOverdue },
];

/** The filtered risk list as CSV or Excel, with asset and analysis names spelled out. */
export async function exportRisks(principal: Principal, query: RiskExportQuery): Promise<Response> {
  const { bands } = await readRiskSettings(db, principal.organizationId);
  const rows = await db.risk.findMany({
    where: riskWhere(principal, query, bands),
    include: { ...riskInclude, analysis: { select: { title: true } } },
    ...pageArgs({ page: 1, pageSize: MAX_ROWS, sort: query.sort }, { level: "desc" }),
  });
  const views = await toRiskViews(rows, principal.organizationId, bands);
  const assets = await db.asset.findMany({
    where: { organizationId: principal.organizationId, id: { in: [...new Set(views.flatMap((v) => v.assetIds))] } },
    select: { id: true, name: true },
  });
  const assetName = new Map(assets.map((asset) => [asset.id, asset.name]));
  const exported = views.map((view, index) => ({
    ...view,
    assetNames: view.assetIds.map((id) => assetName.get(id) ?? "").join(", "),
    analysisTitle: rows[index].analysis?.title ?? "",
  }));
  return exportResponse(query.format, "risker", columns, exported);
}
