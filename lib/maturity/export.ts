import "server-only";
import type { Principal } from "../authz/roles";
import { exportResponse, type ExportColumn, type ExportFormat } from "../export/table";
import { getAssessment } from "./queries";
import { perspectiveResults, type PerspectiveResult } from "./results";
import { maturityMessages } from "./messages";
import type { EntryView, ProposalView } from "./schema";
import { maturitySettings } from "./settings";

type Row = PerspectiveResult & { entry?: EntryView; proposals: ProposalView[] };

const columns: ExportColumn<Row>[] = [
  { header: "Perspektiv", value: (row) => row.name, width: 24 },
  { header: "Nivå", value: (row) => row.level },
  { header: "Målnivå", value: (row) => row.target },
  { header: "Gap", value: (row) => row.gap },
  { header: "Varför", value: (row) => row.entry?.reasons.join("\n"), width: 60 },
  {
    header: "Förbättringsförslag",
    value: (row) => row.proposals.map((p) => [p.what, p.how, p.who, maturityMessages.sv.horizon[p.horizon]].filter(Boolean).join(" – ")).join("\n"),
    width: 60,
  },
];

/** One session per perspective as CSV or Excel, for the management review's underlag. */
export async function exportAssessment(principal: Principal, id: string, format: ExportFormat): Promise<Response> {
  const [assessment, { targets }] = await Promise.all([getAssessment(principal, id), maturitySettings.read(principal)]);
  const rows = perspectiveResults(assessment, targets).map((result) => ({
    ...result,
    entry: assessment.entries.find((entry) => entry.perspective === result.perspective),
    proposals: assessment.proposals.filter((proposal) => proposal.perspective === result.perspective),
  }));
  return exportResponse(format, "mognadsdialog", columns, rows);
}
