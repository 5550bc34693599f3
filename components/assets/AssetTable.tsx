import Link from "next/link";
import { DataTable, type Column } from "@/components/table/DataTable";
import { Badge } from "@/components/ui/Badge";
import { assetMessages } from "@/lib/assets/messages";
import type { AssetView } from "@/lib/assets/schema";
import { enabledAspects, levelLabel, type ClassificationModel } from "@/lib/classification/schema";
import { formatDate } from "@/lib/format";
import { coreMessages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { ProtectionBadge } from "./ProtectionBadge";

/** The register table: name, kind, unit, owner, levels per aspect, protection level, classified, review due. */
export async function AssetTable({ assets, model, path, params }: { assets: AssetView[]; model: ClassificationModel; path?: string; params?: Record<string, string> }) {
  const [t, core] = await Promise.all([getMessages(assetMessages), getMessages(coreMessages)]);
  const aspectColumns: Column<AssetView>[] = enabledAspects(model).map((aspect) => ({
    key: aspect,
    header: t.aspectShort[aspect],
    cardHeader: t.aspects[aspect],
    narrow: true,
    className: "text-center",
    cell: (a) =>
      a[aspect] === null ? (
        <>
          <span aria-hidden="true">{t.notSet}</span>
          <span className="sr-only">{t.noLevel}</span>
        </>
      ) : (
        a[aspect]
      ),
  }));
  const columns: Column<AssetView>[] = [
    { key: "name", header: t.fields.name, sortField: "name", cell: (a) => <Link className="font-medium text-blue-800 underline" href={`/tillgangar/${a.id}`}>{a.name}</Link> },
    { key: "kind", header: t.fields.kind, cell: (a) => t.kinds[a.kind] },
    { key: "unit", header: t.fields.orgUnit, cell: (a) => a.orgUnitName },
    { key: "owner", header: t.fields.owner, cell: (a) => a.ownerName ?? <span className="italic text-gray-800">{t.noOwner}</span> },
    ...aspectColumns,
    {
      key: "protectionLevel",
      header: t.fields.protectionLevel,
      sortField: "protectionLevel",
      cell: (a) => (
        <span className="inline-flex flex-wrap gap-1">
          <ProtectionBadge level={a.protectionLevel} model={model} empty={t.notClassified} />
          {a.protectionBelowRequired ? <Badge tone="red">{t.detail.belowRequiredShort(levelLabel(model, a.requiredProtectionLevel) ?? "")}</Badge> : null}
        </span>
      ),
    },
    { key: "classified", header: t.fields.classified, cell: (a) => (a.classified ? t.yes : t.no) },
    {
      key: "reviewDueAt",
      header: t.fields.reviewDueAt,
      sortField: "reviewDueAt",
      cell: (a) =>
        a.reviewOverdue ? (
          <span className="inline-flex flex-wrap items-center gap-1 font-semibold text-red-800">
            {formatDate(a.reviewDueAt)} <Badge tone="red">{t.overdue}</Badge>
          </span>
        ) : (
          formatDate(a.reviewDueAt)
        ),
    },
  ];
  return (
    <>
      <DataTable caption={t.caption} columns={columns} rows={assets} rowKey={(a) => a.id} empty={core.empty.assets} path={path} params={params} />
      <p className="mt-2 text-xs text-gray-800">{t.aspectLegend}</p>
    </>
  );
}
