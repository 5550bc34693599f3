import Link from "next/link";
import { RiskTabs } from "@/components/risks/RiskTabs";
import { FilterForm, FilterSelect, FilterText } from "@/components/table/FilterForm";
import { PagedTable } from "@/components/table/PagedTable";
import { Badge } from "@/components/ui/Badge";
import { ButtonLink } from "@/components/ui/Button";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { formatDate } from "@/lib/format";
import { coreMessages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { parseListParams, plainParams, type SearchParams } from "@/lib/page/search-params";
import { listRiskAnalyses } from "@/lib/risk-analyses/queries";
import { RISK_ANALYSIS_STATUSES, riskAnalysisListQuerySchema, type RiskAnalysisStatus } from "@/lib/risk-analyses/schema";
import { riskMessages } from "@/lib/risks/messages";

const TONES: Record<RiskAnalysisStatus, "gray" | "blue" | "green"> = { planned: "gray", ongoing: "blue", completed: "green" };

export default async function RiskAnalysesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const principal = await pagePrincipal();
  if (!can(principal, "risk-analyses.read") || !can(principal, "risks.read")) return <Forbidden />;
  const raw = await searchParams;
  const query = parseListParams(riskAnalysisListQuerySchema, raw);
  const [t, core, result] = await Promise.all([getMessages(riskMessages), getMessages(coreMessages), listRiskAnalyses(principal, query)]);
  const params = plainParams(raw);
  const a = t.analyses;
  return (
    <>
      <PageHeader
        title={a.title}
        description={a.description}
        actions={can(principal, "risk-analyses.write") ? <ButtonLink href="/risker/analyser/ny">{a.newAnalysis}</ButtonLink> : null}
      />
      <RiskTabs current="analyses" />
      <FilterForm path="/risker/analyser" label={a.listLabel}>
        <FilterText name="q" label={core.common.search} value={params.q} />
        <FilterSelect name="status" label={a.fields.status} value={params.status} allLabel={core.common.all} options={RISK_ANALYSIS_STATUSES.map((s) => ({ value: s, label: a.statuses[s] }))} />
      </FilterForm>
      <PagedTable
        caption={a.caption}
        path="/risker/analyser"
        params={params}
        result={result}
        rowKey={(r) => r.id}
        empty={core.common.noResults}
        columns={[
          { key: "title", header: a.fields.title, sortField: "title", cell: (r) => <Link className="font-medium text-blue-800 underline" href={`/risker/analyser/${r.id}`}>{r.title}</Link> },
          { key: "status", header: a.fields.status, sortField: "status", cell: (r) => <Badge tone={TONES[r.status]}>{a.statuses[r.status]}</Badge> },
          { key: "performedAt", header: a.fields.performedAt, sortField: "performedAt", cell: (r) => formatDate(r.performedAt) },
          { key: "assets", header: a.fields.assets, cell: (r) => r.assetIds.length },
          { key: "risks", header: a.fields.riskCount, cell: (r) => r.riskCount },
        ]}
      />
    </>
  );
}
