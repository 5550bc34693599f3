import { notFound } from "next/navigation";
import { AssetForm } from "@/components/assets/AssetForm";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { assetMessages } from "@/lib/assets/messages";
import { assetOrgUnitOptions, informationAssetOptions } from "@/lib/assets/page-data";
import { assetRecord, getAsset } from "@/lib/assets/queries";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { AppError } from "@/lib/errors";
import { getMessages } from "@/lib/i18n/server";
import { userOptions } from "@/lib/users/queries";

export default async function EditAssetPage({ params }: { params: Promise<{ id: string }> }) {
  const principal = await pagePrincipal();
  if (!can(principal, "assets.read")) return <Forbidden />;
  const { id } = await params;
  const asset = await getAsset(principal, id).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  });
  if (!can(principal, "assets.write", assetRecord({ organizationId: principal.organizationId, ownerId: asset.ownerId }))) return <Forbidden />;
  const [t, units, users, information] = await Promise.all([
    getMessages(assetMessages),
    assetOrgUnitOptions(principal),
    userOptions(principal),
    informationAssetOptions(principal),
  ]);
  return (
    <>
      <PageHeader title={`${t.editAsset}: ${asset.name}`} />
      <AssetForm units={units} users={users} information={information} asset={asset} />
    </>
  );
}
