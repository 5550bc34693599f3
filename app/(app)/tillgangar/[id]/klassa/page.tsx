import Link from "next/link";
import { notFound } from "next/navigation";
import { ClassifyForm } from "@/components/assets/ClassifyForm";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { assetMessages } from "@/lib/assets/messages";
import { assetRecord, getAsset } from "@/lib/assets/queries";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { getClassificationModel } from "@/lib/classification/service";
import { AppError } from "@/lib/errors";
import { getMessages } from "@/lib/i18n/server";

/** The guided classification form; for those who may write the asset (its owner, admin, ciso). */
export default async function ClassifyAssetPage({ params }: { params: Promise<{ id: string }> }) {
  const principal = await pagePrincipal();
  if (!can(principal, "assets.read")) return <Forbidden />;
  const { id } = await params;
  const asset = await getAsset(principal, id).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  });
  if (!can(principal, "assets.write", assetRecord({ organizationId: principal.organizationId, ownerId: asset.ownerId }))) return <Forbidden />;
  const [t, model] = await Promise.all([getMessages(assetMessages), getClassificationModel(principal)]);
  return (
    <>
      <PageHeader
        title={t.classifyForm.title(asset.name)}
        description={
          <>
            <p>{t.classifyForm.intro}</p>
            <p className="mt-1">
              <Link className="text-blue-800 underline" href={`/tillgangar/${asset.id}`}>
                {asset.name}
              </Link>
            </p>
          </>
        }
      />
      <ClassifyForm asset={asset} model={model} />
    </>
  );
}
