import Link from "next/link";
import { DataTable, type Column } from "@/components/table/DataTable";
import { Badge } from "@/components/ui/Badge";
import { formatDate } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { supplierMessages } from "@/lib/suppliers/messages";
import type { SupplierView } from "@/lib/suppliers/schema";
import { GapBadges } from "./GapBadges";

/** The supplier list: criticality, next follow-up (overdue in words) and the contracts' gaps. */
export async function SupplierTable({ suppliers, path, params }: { suppliers: SupplierView[]; path?: string; params?: Record<string, string> }) {
  const t = await getMessages(supplierMessages);
  const columns: Column<SupplierView>[] = [
    { key: "name", header: t.fields.name, sortField: "name", cell: (s) => <Link className="font-medium text-blue-800 underline" href={`/leverantorer/${s.id}`}>{s.name}</Link> },
    { key: "category", header: t.fields.category, sortField: "category", cell: (s) => t.categories[s.category] },
    { key: "status", header: t.fields.status, sortField: "status", cell: (s) => t.supplierStatuses[s.status] },
    { key: "criticality", header: t.fields.criticality, cell: (s) => (s.criticality === null ? t.notSet : t.level(s.criticality)) },
    {
      key: "next",
      header: t.fields.nextFollowUp,
      cell: (s) => (
        <span className="inline-flex flex-wrap items-center gap-1">
          {s.nextFollowUpDueAt ? formatDate(s.nextFollowUpDueAt) : t.onDemand}
          {s.followUpOverdue ? <Badge tone="red">{t.overdue}</Badge> : null}
        </span>
      ),
    },
    { key: "owner", header: t.fields.owner, cell: (s) => s.ownerName ?? t.noOwner },
    { key: "gaps", header: t.fields.gaps, cell: (s) => <GapBadges gaps={s.gaps} t={t} /> },
  ];
  return <DataTable caption={t.supplierCaption} columns={columns} rows={suppliers} rowKey={(s) => s.id} empty={t.emptySuppliers} path={path} params={params} />;
}
