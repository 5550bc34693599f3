import Link from "next/link";
import { ClassifyForm } from "@/components/assets/ClassifyForm";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { assetMessages } from "@/lib/assets/messages";
import { mayWriteAsset } from "@/lib/assets/page-data";
import { getAsset } from "@/lib/assets/queries";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { classificationSettings } from "@/lib/classification/settings";
import { getMessages } from "@/lib/i18n/server";
import { loadRecord, type RecordPageProps } from "@/lib/page/load-record";

/** The guided classification form; for those who may write the asset (its owner, admin, ciso). */
export default async function ClassifyAssetPage({ params }: RecordPageProps) {
  const principal = await pagePrincipal();
  if (!can(principal, "assets.read")) return <Forbidden />;
  const asset = await loadRecord(params, (id) => getAsset(principal, id));
  if (!asset || !mayWriteAsset(principal, asset)) return <Forbidden />;
  const [t, model] = await Promise.all([getMessages(assetMessages), classificationSettings.read(principal)]);
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
