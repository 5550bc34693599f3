import { AssetForm } from "@/components/assets/AssetForm";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { assetMessages } from "@/lib/assets/messages";
import { assetFormOptions, mayWriteAsset } from "@/lib/assets/page-data";
import { getAsset } from "@/lib/assets/queries";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { getMessages } from "@/lib/i18n/server";
import { loadRecord, type RecordPageProps } from "@/lib/page/load-record";

export default async function EditAssetPage({ params }: RecordPageProps) {
  const principal = await pagePrincipal();
  if (!can(principal, "assets.read")) return <Forbidden />;
  const asset = await loadRecord(params, (id) => getAsset(principal, id));
  if (!asset || !mayWriteAsset(principal, asset)) return <Forbidden />;
  const [t, options] = await Promise.all([getMessages(assetMessages), assetFormOptions(principal)]);
  return (
    <>
      <PageHeader title={`${t.editAsset}: ${asset.name}`} />
      <AssetForm {...options} asset={asset} />
    </>
  );
}
