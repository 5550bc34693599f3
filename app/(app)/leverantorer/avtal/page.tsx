import { ContractTable } from "@/components/suppliers/ContractTable";
import { SupplierTabs } from "@/components/suppliers/SupplierTabs";
import { FilterCheckbox, FilterForm, FilterSelect, FilterText } from "@/components/table/FilterForm";
import { Pagination } from "@/components/table/Pagination";
import { ButtonLink, buttonClass } from "@/components/ui/Button";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { listContracts } from "@/lib/contracts/queries";
import { CONTRACT_GAPS, CONTRACT_STATUSES, contractListQuerySchema } from "@/lib/contracts/schema";
import { coreMessages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { hrefWith, parseListParams, plainParams, type SearchParams } from "@/lib/page/search-params";
import { supplierMessages } from "@/lib/suppliers/messages";

const NOTICE_WINDOWS = [30, 90, 180];

export default async function ContractsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const principal = await pagePrincipal();
  if (!can(principal, "suppliers.read")) return <Forbidden />;
  const raw = await searchParams;
  const [t, core, result] = await Promise.all([getMessages(supplierMessages), getMessages(coreMessages), listContracts(principal, parseListParams(contractListQuerySchema, raw))]);
  const params = plainParams(raw);
  const listParams = Object.fromEntries(Object.entries(params).filter(([key]) => key !== "page"));
  const exportHref = (format: "csv" | "xlsx") => hrefWith("/api/v1/contracts/export", listParams, { format, pageSize: undefined, sort: params.sort });
  return (
    <>
      <PageHeader title={t.tabs.contracts} description={t.description} actions={
          <>
            {can(principal, "suppliers.write") ? <ButtonLink href="/leverantorer/avtal/ny">{t.newContract}</ButtonLink> : null}
            <a className={buttonClass("secondary")} href={exportHref("csv")}>{t.exportCsv}</a>
            <a className={buttonClass("secondary")} href={exportHref("xlsx")}>{t.exportXlsx}</a>
          </>
        } />
      <SupplierTabs current="contracts" />
      <FilterForm path="/leverantorer/avtal" label={t.contractFilters}>
        <FilterText name="q" label={core.common.search} value={params.q} />
        <FilterSelect name="status" label={t.fields.status} value={params.status} allLabel={core.common.all} options={CONTRACT_STATUSES.map((s) => ({ value: s, label: t.contractStatuses[s] }))} />
        <FilterSelect name="gap" label={t.fields.gaps} value={params.gap} allLabel={core.common.all} options={CONTRACT_GAPS.map((g) => ({ value: g, label: t.gaps[g] }))} />
        <FilterCheckbox name="personalData" label={t.fields.personalData} checked={params.personalData === "true"} />
        <FilterSelect name="noticeWithinDays" label={t.fields.noticeDate} value={params.noticeWithinDays} allLabel={core.common.all} options={NOTICE_WINDOWS.map((days) => ({ value: String(days), label: t.noticeWithin(days) }))} />
      </FilterForm>
      <ContractTable contracts={result.items} path="/leverantorer/avtal" params={params} />
      <Pagination path="/leverantorer/avtal" params={params} page={result.page} pageSize={result.pageSize} total={result.total} />
    </>
  );
}
