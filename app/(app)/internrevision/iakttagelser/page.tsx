import { FindingsTable } from "@/components/findings/FindingsTable";
import { FilterCheckbox, FilterForm, FilterSelect, FilterText } from "@/components/table/FilterForm";
import { Pagination } from "@/components/table/Pagination";
import { buttonClass } from "@/components/ui/Button";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { auditMessages } from "@/lib/audits/messages";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { listFindings } from "@/lib/findings/queries";
import { FINDING_STATUSES, FINDING_TYPES, findingListQuerySchema } from "@/lib/findings/schema";
import { coreMessages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { orgUnitOptions } from "@/lib/org-units/queries";
import { hrefWith, parseListParams, plainParams, type SearchParams } from "@/lib/page/search-params";

const PATH = "/internrevision/iakttagelser";

/** One register of the findings of all audits: filterable, exportable as CSV and Excel. */
export default async function FindingsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const principal = await pagePrincipal();
  if (!can(principal, "audits.read")) return <Forbidden />;
  const raw = await searchParams;
  const query = parseListParams(findingListQuerySchema, raw);
  const [t, core, result, units] = await Promise.all([getMessages(auditMessages), getMessages(coreMessages), listFindings(principal, query), orgUnitOptions(principal)]);
  const params = plainParams(raw);
  return (
    <>
      <PageHeader
        title={t.nav.findings}
        actions={
          <span className="flex flex-wrap gap-2">
            <a href={hrefWith("/api/v1/findings/export", params, { format: "csv", page: undefined, pageSize: undefined, sort: undefined })} className={buttonClass("secondary")}>{t.actions.exportCsv}</a>
            <a href={hrefWith("/api/v1/findings/export", params, { format: "xlsx", page: undefined, pageSize: undefined, sort: undefined })} className={buttonClass("secondary")}>{t.actions.exportExcel}</a>
          </span>
        }
      />
      <FilterForm path={PATH} label={t.actions.filter}>
        <FilterText name="q" label={core.common.search} value={params.q} />
        <FilterSelect name="type" label={t.fields.type} value={params.type} allLabel={core.common.all} options={FINDING_TYPES.map((type) => ({ value: type, label: t.findingType[type] }))} />
        <FilterSelect name="status" label={t.fields.status} value={params.status} allLabel={core.common.all} options={FINDING_STATUSES.map((status) => ({ value: status, label: t.findingStatus[status] }))} />
        <FilterSelect name="orgUnitId" label={t.fields.orgUnit} value={params.orgUnitId} allLabel={core.common.all} options={units.map((unit) => ({ value: unit.id, label: unit.name }))} />
        <FilterCheckbox name="overdue" label={t.labels.overdue} checked={params.overdue === "true"} />
        <FilterCheckbox name="escalated" label={t.labels.escalated} checked={params.escalated === "true"} />
      </FilterForm>
      <FindingsTable findings={result.items} t={t} path={PATH} params={params} />
      <Pagination path={PATH} params={params} page={result.page} pageSize={result.pageSize} total={result.total} />
    </>
  );
}
