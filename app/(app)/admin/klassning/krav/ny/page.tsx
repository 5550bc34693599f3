import { RequirementForm } from "@/components/assets/RequirementForm";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { assetMessages } from "@/lib/assets/messages";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { classificationSettings } from "@/lib/classification/settings";
import { getMessages } from "@/lib/i18n/server";

export default async function NewRequirementPage() {
  const principal = await pagePrincipal();
  if (!can(principal, "security-requirements.manage")) return <Forbidden />;
  const [t, model] = await Promise.all([getMessages(assetMessages), classificationSettings.read(principal)]);
  return (
    <>
      <PageHeader title={t.catalogue.add} />
      <RequirementForm model={model} />
    </>
  );
}
