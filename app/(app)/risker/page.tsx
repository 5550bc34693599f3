import Link from "next/link";
import { HeatMap } from "@/components/risks/HeatMap";
import { RiskTable } from "@/components/risks/RiskTable";
import { RiskTabs } from "@/components/risks/RiskTabs";
import { RiskTrendChart } from "@/components/risks/RiskTrendChart";
import { RecordPicker } from "@/components/form/RecordPicker";
import { FilterCheckbox, FilterForm, FilterSelect, FilterText } from "@/components/table/FilterForm";
import { Pagination } from "@/components/table/Pagination";
import { ButtonLink, buttonClass } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { assetOptionsById } from "@/lib/assets/options";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { coreMessages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { hrefWith, parseListParams, plainParams, type SearchParams } from "@/lib/page/search-params";
import { riskMessages } from "@/lib/risks/messages";
import { riskHeatmap, riskTrend } from "@/lib/risks/overview";
import { riskAnalysisOptions } from "@/lib/risks/page-data";
import { listRisks } from "@/lib/risks/queries";
import { RISK_BANDS, RISK_STATUSES, RISK_TREATMENTS, riskListQuerySchema } from "@/lib/risks/schema";
import { userOptions } from "@/lib/users/queries";

const CELL_KEYS = ["likelihood", "consequence", "residualLikelihood", "residualConsequence"] as const;

export default async function RisksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const principal = await pagePrincipal();
  if (!can(principal, "risks.read")) return <Forbidden />;
  const raw = await searchParams;
  const query = parseListParams(riskListQuerySchema, raw);
  const { likelihood, consequence, residualLikelihood, residualConsequence } = query;
  const [t, core, result, current, residual, trend, users, assets, analyses] = await Promise.all([
    getMessages(riskMessages),
    getMessages(coreMessages),
    listRisks(principal, query),
    // Each map keeps the other filters but not its own cell, so a chosen cell stays in context.
    riskHeatmap(principal, { ...query, likelihood: undefined, consequence: undefined, residual: false }),
    riskHeatmap(principal, { ...query, residualLikelihood: undefined, residualConsequence: undefined, residual: true }),
    riskTrend(principal, { ...query, months: 12 }),
    userOptions(principal),
    assetOptionsById(principal, [query.assetId]),
    riskAnalysisOptions(principal),
  ]);
  const params = plainParams(raw);
  const listParams = Object.fromEntries(Object.entries(params).filter(([key]) => key !== "page"));
  const exportHref = (format: "csv" | "xlsx") => hrefWith("/api/v1/risks/export", listParams, { format, pageSize: undefined, sort: params.sort });
  const cellHref = (residualMap: boolean) => (l: number, c: number) =>
    hrefWith("/risker", params, residualMap ? { residualLikelihood: String(l), residualConsequence: String(c), page: undefined } : { likelihood: String(l), consequence: String(c), page: undefined });
  const newLabel = can(principal, "risks.write") ? t.newRisk : can(principal, "risks.propose") ? t.proposeRisk : null;
  const filteredCells = [
    likelihood && consequence ? { residual: false, l: likelihood, c: consequence, clear: { likelihood: undefined, consequence: undefined } } : null,
    residualLikelihood && residualConsequence ? { residual: true, l: residualLikelihood, c: residualConsequence, clear: { residualLikelihood: undefined, residualConsequence: undefined } } : null,
  ].filter((cell) => cell !== null);

  return (
    <>
      <PageHeader
        title={t.title}
        description={t.description}
        actions={
          <>
            {newLabel ? <ButtonLink href="/risker/ny">{newLabel}</ButtonLink> : null}
            <a className={buttonClass("secondary")} href={exportHref("csv")}>{t.exportCsv}</a>
            <a className={buttonClass("secondary")} href={exportHref("xlsx")}>{t.exportXlsx}</a>
          </>
        }
      />
      <RiskTabs current="register" />
      <div className="mb-6 grid gap-4 xl:grid-cols-2">
        <Card>
          <HeatMap map={current} t={t} hrefFor={cellHref(false)} selected={{ likelihood, consequence }} />
        </Card>
        <Card>
          <HeatMap map={residual} t={t} hrefFor={cellHref(true)} selected={{ likelihood: residualLikelihood, consequence: residualConsequence }} />
        </Card>
      </div>
      <FilterForm path="/risker" label={t.listLabel}>
        <FilterText name="q" label={core.common.search} value={params.q} />
        <FilterSelect name="band" label={t.fields.band} value={params.band} allLabel={core.common.all} options={RISK_BANDS.map((b) => ({ value: b, label: t.bands[b] }))} />
        <FilterSelect name="status" label={t.fields.status} value={params.status} allLabel={core.common.all} options={RISK_STATUSES.map((s) => ({ value: s, label: t.statuses[s] }))} />
        <FilterSelect name="ownerId" label={t.fields.owner} value={params.ownerId} allLabel={core.common.all} options={users.map((u) => ({ value: u.id, label: u.name }))} />
        <RecordPicker legend={t.fields.assets} endpoint="/api/v1/assets/options" name="assetId" initial={assets} />
        <FilterSelect name="analysisId" label={t.fields.analysis} value={params.analysisId} allLabel={core.common.all} options={analyses.map((a) => ({ value: a.id, label: a.title }))} />
        <FilterSelect
          name="treatment"
          label={t.fields.treatment}
          value={params.treatment}
          allLabel={core.common.all}
          options={[...RISK_TREATMENTS.map((x) => ({ value: x, label: t.treatments[x] })), { value: "none", label: t.filters.noTreatment }]}
        />
        <FilterCheckbox name="reviewOverdue" label={t.reviewOverdueOnly} checked={params.reviewOverdue === "true"} />
        {CELL_KEYS.map((key) => (params[key] ? <input key={key} type="hidden" name={key} value={params[key]} /> : null))}
      </FilterForm>
      {filteredCells.map((cell) => (
        <p key={String(cell.residual)} className="mb-2 text-sm text-gray-900" role="status">
          {t.heatmap.filtered(cell.residual, cell.l, cell.c)}{" "}
          <Link className="text-blue-800 underline" href={hrefWith("/risker", params, { ...cell.clear, page: undefined })}>
            {t.heatmap.showAll}
          </Link>
        </p>
      ))}
      <RiskTable risks={result.items} path="/risker" params={params} />
      <Pagination path="/risker" params={params} page={result.page} pageSize={result.pageSize} total={result.total} />
      <Card title={t.trend.title} className="mt-6">
        <p className="mb-2 text-sm text-gray-800">{t.trend.description}</p>
        <RiskTrendChart points={trend.items} />
      </Card>
    </>
  );
}
