import Link from "next/link";
import { DataTable, type Column } from "@/components/table/DataTable";
import { Badge } from "@/components/ui/Badge";
import { formatDate } from "@/lib/format";
import { coreMessages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { riskMessages } from "@/lib/risks/messages";
import type { RiskView } from "@/lib/risks/schema";
import { RiskLevelBadge } from "./RiskLevelBadge";

/** The risk list: level and residual level as badges, overdue reviews and actions marked in words. */
export async function RiskTable({ risks, path, params, caption }: { risks: RiskView[]; path?: string; params?: Record<string, string>; caption?: string }) {
  const [t, core] = await Promise.all([getMessages(riskMessages), getMessages(coreMessages)]);
  const columns: Column<RiskView>[] = [
    {
      key: "title",
      header: t.fields.title,
      sortField: "title",
      cell: (r) => (
        <Link className="font-medium text-blue-800 underline" href={`/risker/${r.id}`}>
          {r.title}
        </Link>
      ),
    },
    { key: "level", header: t.fields.level, sortField: "level", cell: (r) => <RiskLevelBadge level={r.level} band={r.band} labels={t.bands} /> },
    { key: "residual", header: t.fields.residual, sortField: "residualLevel", cell: (r) => <RiskLevelBadge level={r.residualLevel} band={r.residualBand} labels={t.bands} /> },
    { key: "owner", header: t.fields.owner, cell: (r) => r.ownerName ?? t.noOwner },
    { key: "treatment", header: t.fields.treatment, cell: (r) => (r.treatment ? t.treatments[r.treatment] : <span className="text-gray-800">{t.noTreatment}</span>) },
    { key: "status", header: t.fields.status, cell: (r) => t.statuses[r.status] },
    {
      key: "review",
      header: t.fields.reviewDueAt,
      sortField: "reviewDueAt",
      cell: (r) => (
        <span className="inline-flex flex-wrap items-center gap-1">
          {formatDate(r.reviewDueAt)}
          {r.reviewOverdue ? <Badge tone="red">{t.reviewOverdue}</Badge> : null}
        </span>
      ),
    },
    {
      key: "actions",
      header: t.fields.actions,
      cell: (r) => (r.actionsOverdue > 0 ? <Badge tone="red">{t.actionsOverdue(r.actionsOverdue)}</Badge> : null),
    },
  ];
  return <DataTable caption={caption ?? t.caption} columns={columns} rows={risks} rowKey={(r) => r.id} empty={core.empty.risks} path={path} params={params} />;
}
