import { RequirementForm } from "@/components/assets/RequirementForm";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { assetMessages } from "@/lib/assets/messages";
import { getRequirement } from "@/lib/assets/requirements";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { classificationSettings } from "@/lib/classification/settings";
import { getMessages } from "@/lib/i18n/server";
import { loadRecord, type RecordPageProps } from "@/lib/page/load-record";

export default async function EditRequirementPage({ params }: RecordPageProps) {
  const principal = await pagePrincipal();
  if (!can(principal, "security-requirements.manage")) return <Forbidden />;
  const requirement = await loadRecord(params, (id) => getRequirement(principal, id));
  if (!requirement) return <Forbidden />;
  const [t, model] = await Promise.all([getMessages(assetMessages), classificationSettings.read(principal)]);
  return (
    <>
      <PageHeader title={`${t.catalogue.edit}: ${requirement.code}`} />
      <RequirementForm model={model} requirement={requirement} />
    </>
  );
}
