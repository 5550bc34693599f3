import Link from "next/link";
import { DataTable, type Column } from "@/components/table/DataTable";
import { competenceMessages } from "@/lib/competence/messages";
import type { PersonView } from "@/lib/competence/schema";
import { formatDate } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";

export async function PeopleTable({ people, params }: { people: PersonView[]; params: Record<string, string> }) {
  const t = await getMessages(competenceMessages);
  const columns: Column<PersonView>[] = [
    { key: "name", header: t.fields.name, sortField: "name", cell: (p) => <Link className="font-medium text-blue-800 underline" href={`/kompetens/personer/${p.id}`}>{p.name}</Link> },
    { key: "employeeNumber", header: t.fields.employeeNumber, sortField: "employeeNumber", cell: (p) => p.employeeNumber },
    { key: "email", header: t.fields.email, cell: (p) => p.email },
    { key: "unit", header: t.fields.orgUnit, cell: (p) => p.orgUnitName },
    { key: "groups", header: t.fields.targetGroups, cell: (p) => p.targetGroups.map((g) => t.groups[g as keyof typeof t.groups] ?? g).join(", ") },
    { key: "startedAt", header: t.fields.startedAt, sortField: "startedAt", cell: (p) => formatDate(p.startedAt) },
  ];
  return <DataTable caption={t.people.caption} columns={columns} rows={people} rowKey={(p) => p.id} empty={t.people.empty} path="/kompetens/personer" params={params} />;
}
