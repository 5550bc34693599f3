import { CompetenceTabs } from "@/components/competence/CompetenceTabs";
import { TrainingTable } from "@/components/competence/TrainingTable";
import { FilterForm, FilterSelect, FilterText } from "@/components/table/FilterForm";
import { Pagination } from "@/components/table/Pagination";
import { ButtonLink } from "@/components/ui/Button";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { competenceMessages } from "@/lib/competence/messages";
import { listTrainings } from "@/lib/competence/queries";
import { TRAINING_STATUSES, trainingListQuerySchema } from "@/lib/competence/schema";
import { coreMessages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { parseListParams, plainParams, type SearchParams } from "@/lib/page/search-params";

export default async function TrainingsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const principal = await pagePrincipal();
  if (!can(principal, "competence.read")) return <Forbidden />;
  const raw = await searchParams;
  const query = parseListParams(trainingListQuerySchema, raw);
  const [t, core, result] = await Promise.all([getMessages(competenceMessages), getMessages(coreMessages), listTrainings(principal, query)]);
  const params = plainParams(raw);
  return (
    <>
      <PageHeader title={t.tabs.trainings} description={t.description} actions={can(principal, "competence.write") ? <ButtonLink href="/kompetens/utbildningar/ny">{t.trainings.new}</ButtonLink> : null} />
      <CompetenceTabs current="trainings" canWrite={can(principal, "competence.write")} />
      <FilterForm path="/kompetens/utbildningar" label={t.trainings.caption}>
        <FilterText name="q" label={core.common.search} value={params.q} />
        <FilterSelect name="status" label={t.fields.status} value={params.status} allLabel={core.common.all} options={TRAINING_STATUSES.map((s) => ({ value: s, label: t.statuses[s] }))} />
      </FilterForm>
      <TrainingTable trainings={result.items} params={params} />
      <Pagination path="/kompetens/utbildningar" params={params} page={result.page} pageSize={result.pageSize} total={result.total} />
    </>
  );
}
