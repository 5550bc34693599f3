import { AssetForm } from "@/components/assets/AssetForm";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { assetMessages } from "@/lib/assets/messages";
import { assetFormOptions } from "@/lib/assets/page-data";
import { defaultOwnerId } from "@/lib/assets/rules";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { getMessages } from "@/lib/i18n/server";

/** A new asset: admin, ciso and information owners (who become its owner unless they name another). */
export default async function NewAssetPage() {
  const principal = await pagePrincipal();
  if (!can(principal, "assets.create")) return <Forbidden />;
  const [t, options] = await Promise.all([getMessages(assetMessages), assetFormOptions(principal)]);
  return (
    <>
      <PageHeader title={t.newAsset} />
      <AssetForm {...options} defaultOwner={defaultOwnerId(principal) ? { id: principal.userId, name: principal.name } : null} />
    </>
  );
}
