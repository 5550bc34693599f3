import { SupplierForm } from "@/components/suppliers/SupplierForm";
import { SupplierTabs } from "@/components/suppliers/SupplierTabs";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { getMessages } from "@/lib/i18n/server";
import { supplierMessages } from "@/lib/suppliers/messages";

export default async function NewSupplierPage() {
  const principal = await pagePrincipal();
  if (!can(principal, "suppliers.write")) return <Forbidden />;
  const t = await getMessages(supplierMessages);
  return (
    <>
      <PageHeader title={t.newSupplier} />
      <SupplierTabs current="suppliers" />
      <SupplierForm />
    </>
  );
}
