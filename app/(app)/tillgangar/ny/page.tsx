import { AssetForm } from "@/components/assets/AssetForm";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { assetMessages } from "@/lib/assets/messages";
import { assetOrgUnitOptions, informationAssetOptions } from "@/lib/assets/page-data";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { getMessages } from "@/lib/i18n/server";
import { userOptions } from "@/lib/users/queries";

/** A new asset: admin, ciso and information owners (who become its owner unless they name another). */
export default async function NewAssetPage() {
  const principal = await pagePrincipal();
  if (!can(principal, "assets.create")) return <Forbidden />;
  const [t, units, users, information] = await Promise.all([
    getMessages(assetMessages),
    assetOrgUnitOptions(principal),
    userOptions(principal),
    informationAssetOptions(principal),
  ]);
  return (
    <>
      <PageHeader title={t.newAsset} />
      <AssetForm units={units} users={users} information={information} defaultOwnerId={principal.role === "information_owner" ? principal.userId : undefined} />
    </>
  );
}
