import { ActionsTable } from "@/components/actions/ActionsTable";
import { FilesPanel } from "@/components/attachments/FilesPanel";
import { AuditHistory } from "@/components/audit/AuditHistory";
import { recordHistory } from "@/lib/audit/queries";
import { CompleteAnalysisButton, PrintButton } from "@/components/risks/AnalysisButtons";
import { AssetLinks } from "@/components/risks/AssetLinks";
import { HeatMap } from "@/components/risks/HeatMap";
import { BAND_TONES } from "@/components/risks/RiskLevelBadge";
import { RiskTable } from "@/components/risks/RiskTable";
import { RiskTabs } from "@/components/risks/RiskTabs";
import { Badge } from "@/components/ui/Badge";
import { ButtonLink } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { Fact, Facts } from "@/components/ui/Facts";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { filesPanelData } from "@/lib/attachments/page-data";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { formatDate, formatDateTime } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { assetOptionsById } from "@/lib/assets/options";
import { orgUnitOptions } from "@/lib/org-units/queries";
import { loadRecord, type RecordPageProps } from "@/lib/page/load-record";
import { hrefWith } from "@/lib/page/search-params";
import { getRiskAnalysis } from "@/lib/risk-analyses/queries";
import { riskMessages } from "@/lib/risks/messages";
import { analysisActions } from "@/lib/risks/page-data";
import { listRisks } from "@/lib/risks/queries";
import { RISK_BANDS, riskListQuerySchema } from "@/lib/risks/schema";

/** An analysis with its risks, heat maps and actions; prints as a report. */
export default async function RiskAnalysisPage({ params }: RecordPageProps) {
  const principal = await pagePrincipal();
  if (!can(principal, "risk-analyses.read") || !can(principal, "risks.read")) return <Forbidden />;
  const analysis = await loadRecord(params, (id) => getRiskAnalysis(principal, id));
  if (!analysis) return <Forbidden />;
  const [t, risks, orgUnits, assetNames, files] = await Promise.all([
    getMessages(riskMessages),
    listRisks(principal, riskListQuerySchema.parse({ analysisId: analysis.id, pageSize: "500" })),
    orgUnitOptions(principal),
    assetOptionsById(principal, analysis.assetIds),
    filesPanelData(principal, "risk_analysis", analysis.id),
  ]);
  const actions = can(principal, "actions.read") ? await analysisActions(principal, analysis.id, risks.items.map((r) => r.id)) : null;
  const a = t.analyses;
  const path = `/risker/analyser/${analysis.id}`;
  const { summary } = analysis;
  const cellHref = (residual: boolean) => (l: number, c: number) =>
    hrefWith("/risker", { analysisId: analysis.id }, residual ? { residualLikelihood: String(l), residualConsequence: String(c) } : { likelihood: String(l), consequence: String(c) });

  return (
    <>
      <PageHeader
        title={analysis.title}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <Badge tone={analysis.status === "completed" ? "green" : analysis.status === "ongoing" ? "blue" : "gray"}>{a.statuses[analysis.status]}</Badge>
            {a.fields.performedAt}: {formatDate(analysis.performedAt)}
          </span>
        }
        actions={
          <div className="no-print flex flex-wrap items-start gap-2">
            {can(principal, "risks.propose") ? <ButtonLink href={`/risker/ny?analysisId=${analysis.id}&returnTo=${encodeURIComponent(path)}`}>{a.addRisk}</ButtonLink> : null}
            {can(principal, "risk-analyses.write") ? <ButtonLink href={`${path}/andra`} variant="secondary">{a.editAnalysis}</ButtonLink> : null}
            {can(principal, "risk-analyses.write") && analysis.status !== "completed" ? <CompleteAnalysisButton analysisId={analysis.id} version={analysis.version} /> : null}
            <PrintButton />
          </div>
        }
      />
      <RiskTabs current="analyses" />
      <p className="mb-4 hidden text-sm print:block">
        {a.report} · {a.printedAt} {formatDateTime(new Date())} · {principal.organizationName}
      </p>
      <div className="grid gap-6 print:block">
        <Card title={t.detail.facts} className="print:mb-4 print:border-0 print:shadow-none">
          <Facts>
            <Fact label={a.fields.scope} multiline>{analysis.scope ?? "–"}</Fact>
            <Fact label={a.fields.method} multiline>{analysis.method ?? "–"}</Fact>
            <Fact label={a.fields.orgUnit}>{orgUnits.find((u) => u.id === analysis.orgUnitId)?.name ?? a.noOrgUnit}</Fact>
            <Fact label={a.fields.participants}>{analysis.participants.length ? analysis.participants.join(", ") : "–"}</Fact>
            <Fact label={a.fields.assets}>
              <AssetLinks assets={assetNames} empty={t.noneSelected} />
            </Fact>
          </Facts>
        </Card>
        <Card title={a.bandsSummary} className="print:mb-4 print:border-0 print:shadow-none">
          <ul className="flex flex-wrap gap-4 text-sm">
            {RISK_BANDS.map((band) => (
              <li key={band} className="flex items-center gap-2">
                <Badge tone={BAND_TONES[band]}>{t.bands[band]}</Badge>
                <strong>{summary.bands[band]}</strong>
              </li>
            ))}
            <li>
              {a.overdueActions}: <strong>{summary.actionsOverdue}</strong>
            </li>
          </ul>
        </Card>
        <div className="grid gap-4 xl:grid-cols-2 print:grid-cols-2">
          <Card className="print:break-inside-avoid print:border-0 print:shadow-none">
            <HeatMap map={summary.heatmap} t={t} hrefFor={cellHref(false)} />
          </Card>
          <Card className="print:break-inside-avoid print:border-0 print:shadow-none">
            <HeatMap map={summary.residualHeatmap} t={t} hrefFor={cellHref(true)} />
          </Card>
        </div>
        <Card title={a.risks} className="print:mb-4 print:border-0 print:shadow-none">
          <RiskTable risks={risks.items} caption={a.risks} />
        </Card>
        {actions ? (
          <Card title={a.actions} className="print:mb-4 print:border-0 print:shadow-none">
            <ActionsTable actions={actions} />
          </Card>
        ) : null}
        {files ? (
          <div className="no-print">
            <FilesPanel {...files} />
          </div>
        ) : null}
        <div className="no-print">
          <AuditHistory events={await recordHistory(principal, "risk_analysis", analysis.id)} title={t.detail.changeLog} />
        </div>
      </div>
    </>
  );
}
