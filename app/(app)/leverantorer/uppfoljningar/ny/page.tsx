import { FollowUpForm } from "@/components/suppliers/FollowUpForm";
import { SupplierTabs } from "@/components/suppliers/SupplierTabs";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { listContracts } from "@/lib/contracts/queries";
import { stockholmDay } from "@/lib/dates";
import { getMessages } from "@/lib/i18n/server";
import { plainParams, type SearchParams } from "@/lib/page/search-params";
import { supplierMessages } from "@/lib/suppliers/messages";
import { supplierOptionById } from "@/lib/suppliers/queries";

/** Records a follow-up; `?supplierId=…` (from the supplier's page) fixes the supplier and lists its contracts. */
export default async function NewFollowUpPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const principal = await pagePrincipal();
  if (!can(principal, "suppliers.write")) return <Forbidden />;
  const params = plainParams(await searchParams);
  const supplier = await supplierOptionById(principal, params.supplierId);
  const [t, contracts] = await Promise.all([
    getMessages(supplierMessages),
    supplier ? listContracts(principal, { supplierId: supplier.id, page: 1, pageSize: 200, personalData: undefined }) : { items: [] },
  ]);
  return (
    <>
      <PageHeader title={supplier ? `${t.newFollowUp}: ${supplier.name}` : t.newFollowUp} />
      <SupplierTabs current="suppliers" />
      <FollowUpForm supplier={supplier} contracts={contracts.items.map(({ id, title }) => ({ id, title }))} today={stockholmDay(new Date())} />
    </>
  );
}
