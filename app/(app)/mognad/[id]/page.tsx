import { AuditHistory } from "@/components/audit/AuditHistory";
import { recordHistory } from "@/lib/audit/queries";
import { CompareSection, type Comparison } from "@/components/maturity/CompareSection";
import { StatusBadge } from "@/components/maturity/Levels";
import { ProposalsTable } from "@/components/maturity/ProposalsTable";
import { ReasonsSection } from "@/components/maturity/ReasonsSection";
import { FactsSection, ResultChartAndTable } from "@/components/maturity/ResultSection";
import { SessionFacts } from "@/components/maturity/SessionFacts";
import { ButtonLink } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { actionMessages } from "@/lib/actions/messages";
import { actionsFor } from "@/lib/actions/queries";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { getMessages } from "@/lib/i18n/server";
import { maturityMessages } from "@/lib/maturity/messages";
import { getAssessment, listAssessments } from "@/lib/maturity/queries";
import { assessmentResults, compareAssessments } from "@/lib/maturity/results-queries";
import { assessmentListQuerySchema } from "@/lib/maturity/schema";
import { loadRecord, type RecordPageProps } from "@/lib/page/load-record";
import { plainParams, type SearchParams } from "@/lib/page/search-params";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One session's result: levels against targets, the data beside them, reasons, proposals and a comparison. */
export default async function AssessmentPage({ params, searchParams }: RecordPageProps & { searchParams: Promise<SearchParams> }) {
  const principal = await pagePrincipal();
  if (!can(principal, "maturity.read")) return <Forbidden />;
  const assessment = await loadRecord(params, (id) => getAssessment(principal, id));
  if (!assessment) return <Forbidden />;
  const { id } = assessment;
  const compareId = plainParams(await searchParams).compare;
  const selected = compareId && UUID.test(compareId) && compareId !== id ? compareId : undefined;
  const [t, actionT, results, sessions, actions, comparison] = await Promise.all([
    getMessages(maturityMessages),
    getMessages(actionMessages),
    assessmentResults(principal, id),
    listAssessments(principal, assessmentListQuerySchema.parse({ pageSize: "200", sort: "heldAt:desc" })),
    can(principal, "actions.read") ? actionsFor(principal, "maturity", id) : [],
    selected ? compareAssessments(principal, selected, id).catch(() => null) : null,
  ]);
  const writable = can(principal, "maturity.write");
  return (
    <>
      <PageHeader
        title={assessment.title}
        description={<StatusBadge status={assessment.status} t={t} />}
        actions={
          <>
            {writable ? <ButtonLink href={`/mognad/${id}/dialog`}>{assessment.status === "draft" ? t.dialog.continueDialog : t.dialog.editDialog}</ButtonLink> : null}
            <ButtonLink href={`/mognad/${id}/sammanfattning`} variant="secondary">{t.session.summaryLink}</ButtonLink>
            <a href={`/api/v1/maturity-assessments/${id}/export?format=csv`} className="rounded-md border border-gray-300 bg-white px-3 py-2 text-sm font-medium text-gray-900 hover:bg-gray-50">{t.session.exportCsv}</a>
            <a href={`/api/v1/maturity-assessments/${id}/export?format=xlsx`} className="rounded-md border border-gray-300 bg-white px-3 py-2 text-sm font-medium text-gray-900 hover:bg-gray-50">{t.session.exportXlsx}</a>
          </>
        }
      />
      <div className="grid grid-cols-1 gap-6">
        <SessionFacts assessment={assessment} t={t} />
        <Card title={t.results.heading}>
          <div className="grid grid-cols-1 gap-4">
            <ResultChartAndTable results={results.perspectives} t={t} />
            <FactsSection results={results.perspectives} t={t} />
          </div>
        </Card>
        <Card title={t.session.reasonsHeading}>
          <ReasonsSection assessment={assessment} t={t} />
        </Card>
        <Card title={t.session.proposalsHeading}>
          <ProposalsTable assessmentId={id} proposals={assessment.proposals} actions={actions} t={t} actionT={actionT} canCreate={writable} />
        </Card>
        <Card title={t.compare.heading}>
          <CompareSection assessmentId={id} others={sessions.items.filter((s) => s.id !== id)} selected={selected} comparison={comparison as Comparison | null} t={t} />
        </Card>
        <AuditHistory events={await recordHistory(principal, "maturity_assessment", id)} title={t.session.history} />
      </div>
    </>
  );
}
