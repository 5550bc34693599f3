import { CompareSection, type Comparison } from "@/components/maturity/CompareSection";
import { MsbAttribution } from "@/components/maturity/MsbText";
import { PrintButton } from "@/components/maturity/PrintButton";
import { ProposalsTable } from "@/components/maturity/ProposalsTable";
import { ReasonsSection } from "@/components/maturity/ReasonsSection";
import { ResultChartAndTable } from "@/components/maturity/ResultSection";
import { SessionFacts } from "@/components/maturity/SessionFacts";
import { ButtonLink } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { actionMessages } from "@/lib/actions/messages";
import { actionsFor } from "@/lib/actions/queries";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { formatDate } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { maturityMessages } from "@/lib/maturity/messages";
import { getAssessment, listAssessments } from "@/lib/maturity/queries";
import { assessmentResults, compareAssessments } from "@/lib/maturity/results-queries";
import { assessmentListQuerySchema } from "@/lib/maturity/schema";
import { loadRecord, type RecordPageProps } from "@/lib/page/load-record";

/** A printable summary for the management review (ledningens genomgång); the shell hides its navigation in print. */
export default async function AssessmentSummaryPage({ params }: RecordPageProps) {
  const principal = await pagePrincipal();
  if (!can(principal, "maturity.read")) return <Forbidden />;
  const assessment = await loadRecord(params, (id) => getAssessment(principal, id));
  if (!assessment) return <Forbidden />;
  const { id } = assessment;
  const completed = listAssessments(principal, assessmentListQuerySchema.parse({ status: "completed", pageSize: "200", sort: "heldAt:desc" }));
  const [t, actionT, results, earlier, actions] = await Promise.all([
    getMessages(maturityMessages),
    getMessages(actionMessages),
    assessmentResults(principal, id),
    completed,
    can(principal, "actions.read") ? actionsFor(principal, "maturity", id) : [],
  ]);
  const previous = earlier.items.find((s) => s.id !== id && s.heldAt < assessment.heldAt);
  const comparison = previous ? ((await compareAssessments(principal, previous.id, id)) as Comparison) : null;
  return (
    <article className="grid grid-cols-1 gap-6 print:text-black">
      <PageHeader
        title={t.summary.title(assessment.title)}
        description={t.summary.description}
        actions={
          <span className="no-print flex flex-wrap gap-2">
            <PrintButton label={t.summary.print} />
            <ButtonLink href={`/mognad/${id}`} variant="secondary">{t.summary.back}</ButtonLink>
          </span>
        }
      />
      <SessionFacts assessment={assessment} t={t} />
      <Card title={t.results.heading} className="break-inside-avoid">
        <ResultChartAndTable results={results.perspectives} t={t} />
      </Card>
      <Card title={t.summary.compareHeading} className="break-inside-avoid">
        {previous && comparison ? (
          <>
            <p className="mb-2 text-sm text-gray-900">{t.summary.previous(previous.title, formatDate(previous.heldAt))}</p>
            <CompareSection assessmentId={id} others={[previous]} selected={previous.id} comparison={comparison} t={t} showForm={false} />
          </>
        ) : (
          <p className="text-sm text-gray-700">{t.summary.noPrevious}</p>
        )}
      </Card>
      <Card title={t.session.reasonsHeading}>
        <ReasonsSection assessment={assessment} t={t} />
      </Card>
      <Card title={t.session.proposalsHeading} className="break-inside-avoid">
        <ProposalsTable assessmentId={id} proposals={assessment.proposals} actions={actions} t={t} actionT={actionT} canCreate={false} printable />
      </Card>
      <MsbAttribution t={t} />
    </article>
  );
}
