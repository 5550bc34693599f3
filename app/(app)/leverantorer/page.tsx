import { SupplierTable } from "@/components/suppliers/SupplierTable";
import { SupplierTabs } from "@/components/suppliers/SupplierTabs";
import { FilterCheckbox, FilterForm, FilterSelect, FilterText } from "@/components/table/FilterForm";
import { Pagination } from "@/components/table/Pagination";
import { ButtonLink, buttonClass } from "@/components/ui/Button";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { coreMessages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { hrefWith, parseListParams, plainParams, type SearchParams } from "@/lib/page/search-params";
import { supplierMessages } from "@/lib/suppliers/messages";
import { listSuppliers } from "@/lib/suppliers/queries";
import { SUPPLIER_CATEGORIES, SUPPLIER_STATUSES, supplierListQuerySchema } from "@/lib/suppliers/schema";

export default async function SuppliersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const principal = await pagePrincipal();
  if (!can(principal, "suppliers.read")) return <Forbidden />;
  const raw = await searchParams;
  const [t, core, result] = await Promise.all([getMessages(supplierMessages), getMessages(coreMessages), listSuppliers(principal, parseListParams(supplierListQuerySchema, raw))]);
  const params = plainParams(raw);
  const listParams = Object.fromEntries(Object.entries(params).filter(([key]) => key !== "page"));
  const exportHref = (format: "csv" | "xlsx") => hrefWith("/api/v1/suppliers/export", listParams, { format, pageSize: undefined, sort: params.sort });
  return (
    <>
      <PageHeader title={t.title} description={t.description} actions={
          <>
            {can(principal, "suppliers.write") ? <ButtonLink href="/leverantorer/ny">{t.newSupplier}</ButtonLink> : null}
            <a className={buttonClass("secondary")} href={exportHref("csv")}>{t.exportCsv}</a>
            <a className={buttonClass("secondary")} href={exportHref("xlsx")}>{t.exportXlsx}</a>
          </>
        } />
      <SupplierTabs current="suppliers" />
      <FilterForm path="/leverantorer" label={t.supplierFilters}>
        <FilterText name="q" label={core.common.search} value={params.q} />
        <FilterSelect name="status" label={t.fields.status} value={params.status} allLabel={core.common.all} options={SUPPLIER_STATUSES.map((s) => ({ value: s, label: t.supplierStatuses[s] }))} />
        <FilterSelect name="category" label={t.fields.category} value={params.category} allLabel={core.common.all} options={SUPPLIER_CATEGORIES.map((c) => ({ value: c, label: t.categories[c] }))} />
        <FilterSelect name="criticality" label={t.fields.criticality} value={params.criticality} allLabel={core.common.all} options={[0, 1, 2, 3, 4].map((level) => ({ value: String(level), label: t.level(level) }))} />
        <FilterCheckbox name="followUpOverdue" label={t.followUpOverdue} checked={params.followUpOverdue === "true"} />
      </FilterForm>
      <SupplierTable suppliers={result.items} path="/leverantorer" params={params} />
      <Pagination path="/leverantorer" params={params} page={result.page} pageSize={result.pageSize} total={result.total} />
    </>
  );
}
