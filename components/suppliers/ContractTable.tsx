import Link from "next/link";
import { DataTable, type Column } from "@/components/table/DataTable";
import type { ContractView } from "@/lib/contracts/schema";
import { formatDate } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { supplierMessages } from "@/lib/suppliers/messages";
import { GapBadges } from "./GapBadges";

/** Contracts with their required level, notice date and gaps. */
export async function ContractTable({ contracts, path, params, caption }: { contracts: ContractView[]; path?: string; params?: Record<string, string>; caption?: string }) {
  const t = await getMessages(supplierMessages);
  const columns: Column<ContractView>[] = [
    { key: "title", header: t.fields.contractTitle, sortField: "title", cell: (c) => <Link className="font-medium text-blue-800 underline" href={`/leverantorer/avtal/${c.id}`}>{c.title}</Link> },
    { key: "supplier", header: t.fields.supplier, cell: (c) => <Link className="text-blue-800 underline" href={`/leverantorer/${c.supplierId}`}>{c.supplierName}</Link> },
    { key: "status", header: t.fields.status, sortField: "status", cell: (c) => t.contractStatuses[c.status] },
    { key: "level", header: t.fields.requiredLevel, cell: (c) => (c.requiredLevel === null ? t.unclassified : t.level(c.requiredLevel)) },
    { key: "endsAt", header: t.fields.endsAt, sortField: "endsAt", cell: (c) => formatDate(c.endsAt) },
    { key: "notice", header: t.fields.noticeDate, cell: (c) => formatDate(c.noticeDate) },
    { key: "gaps", header: t.fields.gaps, cell: (c) => <GapBadges gaps={c.gaps} t={t} /> },
  ];
  return <DataTable caption={caption ?? t.contractCaption} columns={columns} rows={contracts} rowKey={(c) => c.id} empty={t.emptyContracts} path={path} params={params} />;
}
