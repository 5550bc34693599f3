import { CompetenceTabs } from "@/components/competence/CompetenceTabs";
import { PeopleTable } from "@/components/competence/PeopleTable";
import { FilterForm, FilterSelect, FilterText } from "@/components/table/FilterForm";
import { Pagination } from "@/components/table/Pagination";
import { ButtonLink } from "@/components/ui/Button";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { competenceMessages } from "@/lib/competence/messages";
import { listPeople } from "@/lib/competence/queries";
import { personListQuerySchema } from "@/lib/competence/schema";
import { coreMessages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { orgUnitOptions } from "@/lib/org-units/queries";
import { parseListParams, plainParams, type SearchParams } from "@/lib/page/search-params";

export default async function PeoplePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const principal = await pagePrincipal();
  if (!can(principal, "competence.read")) return <Forbidden />;
  const raw = await searchParams;
  const query = parseListParams(personListQuerySchema, raw);
  const [t, core, result, units] = await Promise.all([getMessages(competenceMessages), getMessages(coreMessages), listPeople(principal, query), orgUnitOptions(principal)]);
  const params = plainParams(raw);
  return (
    <>
      <PageHeader title={t.tabs.people} description={t.description} actions={can(principal, "competence.write") ? <ButtonLink href="/kompetens/personer/ny">{t.people.new}</ButtonLink> : null} />
      <CompetenceTabs current="people" canWrite={can(principal, "competence.write")} />
      <FilterForm path="/kompetens/personer" label={t.people.search}>
        <FilterText name="q" label={t.people.search} value={params.q} />
        <FilterSelect name="orgUnitId" label={t.fields.orgUnit} value={params.orgUnitId} allLabel={core.common.all} options={units.map((u) => ({ value: u.id, label: u.name }))} />
      </FilterForm>
      <PeopleTable people={result.items} params={params} />
      <Pagination path="/kompetens/personer" params={params} page={result.page} pageSize={result.pageSize} total={result.total} />
    </>
  );
}
