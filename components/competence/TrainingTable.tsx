import Link from "next/link";
import { DataTable, type Column } from "@/components/table/DataTable";
import { competenceMessages } from "@/lib/competence/messages";
import type { TrainingView } from "@/lib/competence/schema";
import { getMessages } from "@/lib/i18n/server";

export async function TrainingTable({ trainings, params }: { trainings: TrainingView[]; params: Record<string, string> }) {
  const t = await getMessages(competenceMessages);
  const columns: Column<TrainingView>[] = [
    { key: "title", header: t.fields.title, sortField: "title", cell: (r) => <Link className="font-medium text-blue-800 underline" href={`/kompetens/utbildningar/${r.id}`}>{r.title}</Link> },
    { key: "kind", header: t.fields.kind, cell: (r) => t.kinds[r.kind] },
    { key: "groups", header: t.fields.targetGroups, cell: (r) => r.targetGroups.map((g) => t.groups[g as keyof typeof t.groups] ?? g).join(", ") },
    { key: "mandatory", header: t.fields.mandatory, cell: (r) => (r.mandatory ? "✓" : "") },
    { key: "recurrence", header: t.fields.recurrenceMonths, cell: (r) => r.recurrenceMonths },
    { key: "status", header: t.fields.status, sortField: "status", cell: (r) => t.statuses[r.status] },
  ];
  return <DataTable caption={t.trainings.caption} columns={columns} rows={trainings} rowKey={(r) => r.id} empty={t.trainings.empty} path="/kompetens/utbildningar" params={params} />;
}
