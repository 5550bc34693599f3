import { notFound } from "next/navigation";
import { RequirementForm } from "@/components/assets/RequirementForm";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { assetMessages } from "@/lib/assets/messages";
import { getRequirement } from "@/lib/assets/requirements";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { getClassificationModel } from "@/lib/classification/service";
import { AppError } from "@/lib/errors";
import { getMessages } from "@/lib/i18n/server";

export default async function EditRequirementPage({ params }: { params: Promise<{ id: string }> }) {
  const principal = await pagePrincipal();
  if (!can(principal, "security-requirements.manage")) return <Forbidden />;
  const { id } = await params;
  const requirement = await getRequirement(principal, id).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  });
  const [t, model] = await Promise.all([getMessages(assetMessages), getClassificationModel(principal)]);
  return (
    <>
      <PageHeader title={`${t.catalogue.edit}: ${requirement.code}`} />
      <RequirementForm model={model} requirement={requirement} />
    </>
  );
}
