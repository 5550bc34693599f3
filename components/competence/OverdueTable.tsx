import Link from "next/link";
import { DataTable, type Column } from "@/components/table/DataTable";
import { competenceMessages } from "@/lib/competence/messages";
import type { OverdueView } from "@/lib/competence/schema";
import { formatDate } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { CoverageBadge } from "./CoverageBadge";

/** Who is overdue or has never done a mandatory training. */
export async function OverdueTable({ items }: { items: OverdueView[] }) {
  const t = await getMessages(competenceMessages);
  const columns: Column<OverdueView>[] = [
    { key: "person", header: t.fields.person, cell: (r) => <Link className="text-blue-800 underline" href={`/kompetens/personer/${r.personId}`}>{r.personName}</Link> },
    { key: "number", header: t.fields.employeeNumber, cell: (r) => r.employeeNumber },
    { key: "unit", header: t.fields.orgUnit, cell: (r) => r.orgUnitName },
    { key: "training", header: t.fields.training, cell: (r) => r.trainingTitle },
    { key: "status", header: t.fields.status, cell: (r) => <CoverageBadge status={r.status} labels={t.coverage} /> },
    { key: "last", header: t.fields.lastCompletedAt, cell: (r) => formatDate(r.lastCompletedAt) },
    { key: "due", header: t.fields.dueAt, cell: (r) => formatDate(r.dueAt) },
  ];
  return <DataTable caption={t.overdue.caption} columns={columns} rows={items} rowKey={(r) => `${r.personId}-${r.trainingId}`} empty={t.overdue.empty} />;
}
