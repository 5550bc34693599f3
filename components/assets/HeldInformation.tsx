import Link from "next/link";
import type { AssetMessages } from "@/lib/assets/messages";
import { canHold } from "@/lib/assets/rules";
import type { AssetDetailView, AssetRef } from "@/lib/assets/schema";
import { levelLabel, type ClassificationModel } from "@/lib/classification/schema";
import { Notice } from "@/components/ui/Notice";
import { ProtectionBadge } from "./ProtectionBadge";

function RefList({ refs, model, t }: { refs: AssetRef[]; model: ClassificationModel; t: AssetMessages }) {
  return (
    <ul className="space-y-1 text-sm">
      {refs.map((ref) => (
        <li key={ref.id} className="flex flex-wrap items-center gap-2">
          <Link className="text-blue-800 underline" href={`/tillgangar/${ref.id}`}>{ref.name}</Link>
          <ProtectionBadge level={ref.protectionLevel} model={model} empty={t.notClassified} />
        </li>
      ))}
    </ul>
  );
}

/**
 * For a system or service: the information it holds, the protection level that information
 * requires and a warning when the system's own level is lower. For information: where it is held.
 */
export function HeldInformation({ asset, model, t }: { asset: AssetDetailView; model: ClassificationModel; t: AssetMessages }) {
  const holder = canHold(asset.kind);
  if (!holder) {
    return asset.heldBy.length ? <RefList refs={asset.heldBy} model={model} t={t} /> : <p className="text-sm text-gray-800">{t.detail.noHeldBy}</p>;
  }
  if (!asset.holds.length) return <p className="text-sm text-gray-800">{t.detail.noHeld}</p>;
  return (
    <div className="grid gap-3">
      <RefList refs={asset.holds} model={model} t={t} />
      {asset.requiredProtectionLevel !== null ? (
        <p className="flex flex-wrap items-center gap-1 text-sm text-gray-900">
          {t.detail.requiredLevel}: <ProtectionBadge level={asset.requiredProtectionLevel} model={model} empty={t.notClassified} />
        </p>
      ) : null}
      {asset.protectionBelowRequired ? (
        <div data-testid="below-required">
          <Notice title={t.detail.belowRequiredTitle} tone="warning">
            {t.detail.belowRequired(levelLabel(model, asset.protectionLevel) ?? t.notClassified, levelLabel(model, asset.requiredProtectionLevel) ?? "")}
          </Notice>
        </div>
      ) : null}
    </div>
  );
}
