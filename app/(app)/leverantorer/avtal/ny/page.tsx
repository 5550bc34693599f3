import { ContractForm } from "@/components/suppliers/ContractForm";
import { SupplierTabs } from "@/components/suppliers/SupplierTabs";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { getMessages } from "@/lib/i18n/server";
import { orgUnitOptions } from "@/lib/org-units/queries";
import { plainParams, type SearchParams } from "@/lib/page/search-params";
import { supplierMessages } from "@/lib/suppliers/messages";
import { supplierOptionById } from "@/lib/suppliers/queries";

/** New contract; `?supplierId=…` prefills the supplier (from the supplier's page). */
export default async function NewContractPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const principal = await pagePrincipal();
  if (!can(principal, "suppliers.write")) return <Forbidden />;
  const params = plainParams(await searchParams);
  const [t, supplier, orgUnits] = await Promise.all([getMessages(supplierMessages), supplierOptionById(principal, params.supplierId), orgUnitOptions(principal)]);
  return (
    <>
      <PageHeader title={t.newContract} />
      <SupplierTabs current="contracts" />
      <ContractForm supplier={supplier} assets={[]} orgUnits={orgUnits} />
    </>
  );
}
