import { CompetenceTabs } from "@/components/competence/CompetenceTabs";
import { OverdueTable } from "@/components/competence/OverdueTable";
import { FilterForm, FilterSelect } from "@/components/table/FilterForm";
import { buttonClass } from "@/components/ui/Button";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { listOverdue } from "@/lib/competence/coverage";
import { competenceMessages } from "@/lib/competence/messages";
import { overdueQuerySchema } from "@/lib/competence/schema";
import { getMessages } from "@/lib/i18n/server";
import { orgUnitOptions } from "@/lib/org-units/queries";
import { hrefWith, parseListParams, plainParams, type SearchParams } from "@/lib/page/search-params";

/** The manager's view: who in a unit is overdue or has never done a mandatory training, with export. */
export default async function OverduePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const principal = await pagePrincipal();
  if (!can(principal, "competence.read")) return <Forbidden />;
  const raw = await searchParams;
  const query = parseListParams(overdueQuerySchema, raw);
  const [t, result, units] = await Promise.all([getMessages(competenceMessages), listOverdue(principal, query), orgUnitOptions(principal)]);
  const params = plainParams(raw);
  const exportHref = (format: "csv" | "xlsx") => hrefWith("/api/v1/people/overdue/export", {}, { format, orgUnitId: params.orgUnitId });
  return (
    <>
      <PageHeader
        title={t.tabs.overdue}
        description={t.overdue.caption}
        actions={
          <>
            <a className={buttonClass("secondary")} href={exportHref("csv")}>{t.overdue.exportCsv}</a>
            <a className={buttonClass("secondary")} href={exportHref("xlsx")}>{t.overdue.exportXlsx}</a>
          </>
        }
      />
      <CompetenceTabs current="overdue" canWrite={can(principal, "competence.write")} />
      <FilterForm path="/kompetens/forsenade" label={t.overdue.filter}>
        <FilterSelect name="orgUnitId" label={t.fields.orgUnit} value={params.orgUnitId} allLabel={t.overdue.allUnits} options={units.map((u) => ({ value: u.id, label: u.name }))} />
      </FilterForm>
      <OverdueTable items={result.items} />
    </>
  );
}
