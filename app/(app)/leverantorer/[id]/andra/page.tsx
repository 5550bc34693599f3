import { SupplierForm } from "@/components/suppliers/SupplierForm";
import { SupplierTabs } from "@/components/suppliers/SupplierTabs";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { getMessages } from "@/lib/i18n/server";
import { loadRecord, type RecordPageProps } from "@/lib/page/load-record";
import { supplierMessages } from "@/lib/suppliers/messages";
import { getSupplier } from "@/lib/suppliers/queries";

export default async function EditSupplierPage({ params }: RecordPageProps) {
  const principal = await pagePrincipal();
  if (!can(principal, "suppliers.write")) return <Forbidden />;
  const supplier = await loadRecord(params, (id) => getSupplier(principal, id));
  if (!supplier) return <Forbidden />;
  const t = await getMessages(supplierMessages);
  return (
    <>
      <PageHeader title={`${t.editSupplier}: ${supplier.name}`} />
      <SupplierTabs current="suppliers" />
      <SupplierForm supplier={supplier} />
    </>
  );
}
