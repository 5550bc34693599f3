import Link from "next/link";
import { DataTable, type Column } from "@/components/table/DataTable";
import { competenceMessages } from "@/lib/competence/messages";
import type { CoverageRow } from "@/lib/competence/schema";
import { formatPercent } from "@/lib/format";
import { getLocale, getMessages } from "@/lib/i18n/server";

/** People, current and the share current, per unit (linking to the unit's overdue list) or per target group. */
export async function CoverageTable({ rows, caption, kind }: { rows: CoverageRow[]; caption: string; kind: "unit" | "group" }) {
  const [t, locale] = await Promise.all([getMessages(competenceMessages), getLocale()]);
  const name = (row: CoverageRow) => (kind === "group" ? (t.groups[row.key as keyof typeof t.groups] ?? row.key) : row.name || t.overview.noUnit);
  const columns: Column<CoverageRow>[] = [
    {
      key: "name",
      header: kind === "unit" ? t.fields.orgUnit : t.fields.group,
      cell: (row) => (kind === "unit" && row.key ? <Link className="text-blue-800 underline" href={`/kompetens/forsenade?orgUnitId=${row.key}`}>{name(row)}</Link> : name(row)),
    },
    { key: "people", header: t.fields.people, cell: (row) => row.people },
    { key: "current", header: t.fields.current, cell: (row) => row.current },
    { key: "share", header: t.fields.share, cell: (row) => formatPercent(row.share, locale) },
  ];
  return <DataTable caption={caption} columns={columns} rows={rows} rowKey={(row) => row.key || "none"} empty={t.people.empty} />;
}
