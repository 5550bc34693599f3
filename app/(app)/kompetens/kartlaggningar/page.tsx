import { CompetenceTabs } from "@/components/competence/CompetenceTabs";
import { SurveyForm } from "@/components/competence/SurveyForm";
import { SurveyCard } from "@/components/competence/SurveyCard";
import { Forbidden } from "@/components/ui/Forbidden";
import { Notice } from "@/components/ui/Notice";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { competenceMessages } from "@/lib/competence/messages";
import { surveyListQuerySchema } from "@/lib/competence/survey-schema";
import { listSurveys } from "@/lib/competence/surveys";
import { getMessages } from "@/lib/i18n/server";

/** Knowledge surveys, newest first, each compared with the previous survey per area. */
export default async function SurveysPage() {
  const principal = await pagePrincipal();
  if (!can(principal, "competence.read")) return <Forbidden />;
  const [t, result] = await Promise.all([getMessages(competenceMessages), listSurveys(principal, surveyListQuerySchema.parse({ pageSize: "50" }))]);
  const canWrite = can(principal, "competence.write");
  return (
    <>
      <PageHeader title={t.surveys.caption} description={t.description} />
      <CompetenceTabs current="surveys" canWrite={canWrite} />
      {canWrite ? (
        <details className="mb-4 rounded-lg border border-gray-200 bg-white p-4">
          <summary className="cursor-pointer text-sm font-medium text-blue-900">{t.surveys.new}</summary>
          <div className="mt-3"><SurveyForm /></div>
        </details>
      ) : null}
      {result.items.length === 0 ? <Notice title={t.surveys.empty} /> : result.items.map((survey) => <SurveyCard key={survey.id} survey={survey} canWrite={canWrite} />)}
    </>
  );
}
