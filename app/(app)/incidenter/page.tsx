import Link from "next/link";
import { IncidentFilters } from "@/components/incidents/IncidentFilters";
import { IncidentTable, MyReportsList } from "@/components/incidents/IncidentTable";
import { TrendSection } from "@/components/incidents/TrendSection";
import { Pagination } from "@/components/table/Pagination";
import { buttonClass, ButtonLink } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can, scopeOf } from "@/lib/authz/authorize";
import type { Principal } from "@/lib/authz/roles";
import { coreMessages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { incidentMessages, type IncidentMessages } from "@/lib/incidents/messages";
import { incidentFilterOptions } from "@/lib/incidents/page-data";
import { listIncidents } from "@/lib/incidents/queries";
import { incidentTrend } from "@/lib/incidents/trend";
import { incidentFilterSchema, incidentListQuerySchema, incidentTrendQuerySchema } from "@/lib/incidents/schema";
import { parseListParams, plainParams, type SearchParams } from "@/lib/page/search-params";

const reportButton = (t: IncidentMessages) => (
  <Link href="/incidenter/rapportera" className={`${buttonClass("primary")} min-h-12 px-5 text-base`}>
    {t.report}
  </Link>
);

/** A reporter's view: their own reports and their status, and the way to file another. */
async function MyReports({ principal, t }: { principal: Principal; t: IncidentMessages }) {
  const result = await listIncidents(principal, incidentListQuerySchema.parse({ reporterId: principal.userId, sort: "reportedAt:desc", pageSize: "100" }));
  return (
    <>
      <PageHeader title={t.myReports} description={t.myReportsDescription} actions={reportButton(t)} />
      <MyReportsList incidents={result.items} t={t} />
    </>
  );
}

/** Export links carrying the current filters (not page or sort). */
function exportHref(params: Record<string, string>, format: "csv" | "xlsx") {
  const filters = Object.entries(params).filter(([key]) => key in incidentFilterSchema.shape);
  return `/api/v1/incidents/export?${new URLSearchParams([...filters, ["format", format]]).toString()}`;
}

export default async function IncidentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const principal = await pagePrincipal();
  if (!can(principal, "incidents.report")) return <Forbidden />;
  const t = await getMessages(incidentMessages);
  if (scopeOf(principal, "incidents.handling.read") === "none") return <MyReports principal={principal} t={t} />;
  const raw = await searchParams;
  const query = parseListParams(incidentListQuerySchema, raw);
  const params = plainParams(raw);
  const [core, result, options, trend] = await Promise.all([
    getMessages(coreMessages),
    listIncidents(principal, query),
    incidentFilterOptions(principal, query.assetId),
    incidentTrend(principal, parseListParams(incidentTrendQuerySchema, raw)),
  ]);
  return (
    <>
      <PageHeader title={t.title} description={t.description} actions={<ButtonLink href="/incidenter/rapportera">{t.report}</ButtonLink>} />
      <IncidentFilters t={t} core={core} params={params} options={options} />
      <nav aria-label={t.exportLabel} className="mb-3 flex flex-wrap gap-2">
        <a className={buttonClass("secondary")} href={exportHref(params, "csv")}>{t.exportCsv}</a>
        <a className={buttonClass("secondary")} href={exportHref(params, "xlsx")}>{t.exportXlsx}</a>
      </nav>
      <IncidentTable incidents={result.items} t={t} empty={core.empty.incidents} path="/incidenter" params={params} />
      <Pagination path="/incidenter" params={params} page={result.page} pageSize={result.pageSize} total={result.total} />
      <Card title={t.trend.title} className="mt-6">
        <TrendSection trend={trend} t={t} />
      </Card>
    </>
  );
}
