import { ContractForm } from "@/components/suppliers/ContractForm";
import { SupplierTabs } from "@/components/suppliers/SupplierTabs";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { getContract } from "@/lib/contracts/queries";
import { getMessages } from "@/lib/i18n/server";
import { orgUnitOptions } from "@/lib/org-units/queries";
import { loadRecord, type RecordPageProps } from "@/lib/page/load-record";
import { supplierMessages } from "@/lib/suppliers/messages";

export default async function EditContractPage({ params }: RecordPageProps) {
  const principal = await pagePrincipal();
  if (!can(principal, "suppliers.write")) return <Forbidden />;
  const contract = await loadRecord(params, (id) => getContract(principal, id));
  if (!contract) return <Forbidden />;
  const [t, orgUnits] = await Promise.all([getMessages(supplierMessages), orgUnitOptions(principal)]);
  return (
    <>
      <PageHeader title={`${t.editContract}: ${contract.title}`} />
      <SupplierTabs current="contracts" />
      <ContractForm contract={contract} supplier={{ id: contract.supplierId, name: contract.supplierName }} assets={contract.assets.map(({ id, name }) => ({ id, name }))} orgUnits={orgUnits} />
    </>
  );
}
