import type { AssetMessages } from "@/lib/assets/messages";
import type { AssetDetailView } from "@/lib/assets/schema";
import { enabledAspects, levelLabel, type ClassificationModel } from "@/lib/classification/schema";
import { formatDate, formatDateTime } from "@/lib/format";
import { Badge } from "@/components/ui/Badge";
import { Fact, Facts } from "@/components/ui/Facts";
import { Notice } from "@/components/ui/Notice";
import { ProtectionBadge } from "./ProtectionBadge";

/** The asset's current classification: each aspect's level with its name, protection level, review date. */
export function LevelSummary({ asset, model, t }: { asset: AssetDetailView; model: ClassificationModel; t: AssetMessages }) {
  return (
    <div className="grid gap-3">
      <Facts data-testid="asset-levels">
        {enabledAspects(model).map((aspect) => (
          <Fact key={aspect} label={t.aspects[aspect]}>
            {levelLabel(model, asset[aspect]) ?? t.noLevel}
          </Fact>
        ))}
        <Fact label={t.fields.protectionLevel}>
          <ProtectionBadge level={asset.protectionLevel} model={model} empty={t.notClassified} />
        </Fact>
        <Fact label={t.fields.classified}>{asset.classified ? t.yes : t.no}</Fact>
        <Fact label={t.fields.classifiedAt}>
          {asset.classifiedAt ? `${formatDateTime(asset.classifiedAt)}${asset.classifiedByName ? ` ${t.detail.by} ${asset.classifiedByName}` : ""}` : t.notSet}
        </Fact>
        <Fact label={t.fields.reviewDueAt}>
          {asset.reviewOverdue ? (
            <span className="inline-flex items-center gap-2 font-semibold text-red-800">
              {formatDate(asset.reviewDueAt)} <Badge tone="red">{t.overdueReview}</Badge>
            </span>
          ) : (
            formatDate(asset.reviewDueAt)
          )}
        </Fact>
      </Facts>
      {!asset.classified ? <p className="text-sm text-gray-800">{t.detail.notClassifiedYet}</p> : null}
      {asset.securityProtectionFlag ? (
        <Notice title={t.classifyForm.securityWarningTitle} tone="warning">
          {t.detail.securityProtection}
        </Notice>
      ) : null}
    </div>
  );
}
