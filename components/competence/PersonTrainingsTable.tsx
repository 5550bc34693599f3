import Link from "next/link";
import { DataTable, type Column } from "@/components/table/DataTable";
import { competenceMessages } from "@/lib/competence/messages";
import type { PersonTrainingView } from "@/lib/competence/schema";
import { formatDate } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { CoverageBadge } from "./CoverageBadge";

/** One person's trainings with status, last completion and due date. */
export async function PersonTrainingsTable({ items, link = true }: { items: PersonTrainingView[]; link?: boolean }) {
  const t = await getMessages(competenceMessages);
  const columns: Column<PersonTrainingView>[] = [
    { key: "title", header: t.fields.training, cell: (r) => (link ? <Link className="text-blue-800 underline" href={`/kompetens/utbildningar/${r.trainingId}`}>{r.title}</Link> : r.title) },
    { key: "mandatory", header: t.fields.mandatory, cell: (r) => (r.mandatory ? "✓" : "") },
    { key: "status", header: t.fields.status, cell: (r) => <CoverageBadge status={r.status} labels={t.coverage} /> },
    { key: "last", header: t.fields.lastCompletedAt, cell: (r) => formatDate(r.lastCompletedAt) },
    { key: "due", header: t.fields.dueAt, cell: (r) => formatDate(r.dueAt) },
  ];
  return <DataTable caption={t.people.trainings} columns={columns} rows={items} rowKey={(r) => r.trainingId} empty={t.trainings.empty} />;
}
