import Link from "next/link";
import { FactsSection, ResultChartAndTable } from "@/components/maturity/ResultSection";
import { SessionsTable } from "@/components/maturity/SessionsTable";
import { TrendSection } from "@/components/maturity/TrendSection";
import { Pagination } from "@/components/table/Pagination";
import { ButtonLink } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { Forbidden } from "@/components/ui/Forbidden";
import { Notice } from "@/components/ui/Notice";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { formatDate } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { maturityMessages } from "@/lib/maturity/messages";
import { questionnaireMessages } from "@/lib/questionnaires/messages";
import { listAssessments } from "@/lib/maturity/queries";
import { assessmentResults, maturityTrend } from "@/lib/maturity/results-queries";
import { assessmentListQuerySchema } from "@/lib/maturity/schema";
import { parseListParams, plainParams, type SearchParams } from "@/lib/page/search-params";

/** Mognad: the latest result beside the data, the trend across sessions, and the list of sessions. */
export default async function MaturityPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const principal = await pagePrincipal();
  if (!can(principal, "maturity.read")) return <Forbidden />;
  const raw = await searchParams;
  const query = parseListParams(assessmentListQuerySchema, raw);
  const latestQuery = assessmentListQuerySchema.parse({ status: "completed", pageSize: "1", sort: "heldAt:desc" });
  const [t, q, sessions, latest, trend] = await Promise.all([
    getMessages(maturityMessages),
    getMessages(questionnaireMessages),
    listAssessments(principal, query),
    listAssessments(principal, latestQuery),
    maturityTrend(principal),
  ]);
  const latestSession = latest.items[0];
  const results = latestSession ? await assessmentResults(principal, latestSession.id) : null;
  const params = plainParams(raw);
  return (
    <>
      <PageHeader
        title={t.title}
        description={t.description}
        actions={
          <>
            {can(principal, "maturity.write") ? <ButtonLink href="/mognad/ny">{t.newSession}</ButtonLink> : null}
            <ButtonLink href="/mognad/modell" variant="secondary">{t.modelLink}</ButtonLink>
            {can(principal, "questionnaires.read") ? <ButtonLink href="/mognad/uppfoljning" variant="secondary">{q.mognadLink}</ButtonLink> : null}
            <ButtonLink href="/mognad/mal" variant="secondary">{t.targetsLink}</ButtonLink>
          </>
        }
      />
      <div className="grid grid-cols-1 gap-6">
        <Card title={t.results.heading}>
          {results && latestSession ? (
            <div className="grid grid-cols-1 gap-4">
              <p className="text-sm text-gray-900">
                {t.results.latest(results.title, formatDate(results.heldAt))}{" "}
                <Link href={`/mognad/${results.assessmentId}`} className="text-blue-800 underline">{t.results.open}</Link>
              </p>
              <ResultChartAndTable results={results.perspectives} t={t} />
              <FactsSection results={results.perspectives} t={t} />
            </div>
          ) : (
            <Notice title={t.results.none}>{t.results.noneBody}</Notice>
          )}
        </Card>
        <Card title={t.trend.heading}>
          <TrendSection trend={trend.perspectives} t={t} />
        </Card>
        <section aria-labelledby="sessions-heading">
          <h2 id="sessions-heading" className="mb-3 text-lg font-semibold text-gray-900">{t.sessions.heading}</h2>
          <SessionsTable sessions={sessions.items} t={t} path="/mognad" params={params} />
          <Pagination path="/mognad" params={params} page={sessions.page} pageSize={sessions.pageSize} total={sessions.total} />
        </section>
      </div>
    </>
  );
}
