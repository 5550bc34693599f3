import Link from "next/link";
import { DataTable } from "@/components/table/DataTable";
import { Badge } from "@/components/ui/Badge";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { formatDateTime } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { workMessages } from "@/lib/work/messages";
import { myWork } from "@/lib/work/queries";

const tone = { overdue: "red", due_soon: "yellow", upcoming: "gray" } as const;

/** Everything assigned to the signed-in user across the registers, due first. */
export default async function MyWorkPage() {
  const principal = await pagePrincipal();
  const [t, items] = await Promise.all([getMessages(workMessages), myWork(principal)]);
  return (
    <>
      <PageHeader title={t.title} description={t.description} />
      <DataTable
        caption={t.caption}
        rows={items}
        rowKey={(item) => `${item.kind}:${item.recordId}:${item.subKey ?? ""}`}
        empty={t.empty}
        columns={[
          {
            key: "title",
            header: t.columns.title,
            cell: (item) =>
              item.href ? (
                <Link href={item.href} className="text-blue-800 underline">
                  {item.title}
                </Link>
              ) : (
                item.title
              ),
          },
          { key: "kind", header: t.columns.kind, cell: (item) => t.kinds[item.kind] },
          { key: "dueAt", header: t.columns.dueAt, className: "whitespace-nowrap", cell: (item) => <time dateTime={item.dueAt}>{formatDateTime(item.dueAt)}</time> },
          { key: "state", header: t.columns.state, cell: (item) => <Badge tone={tone[item.state]}>{t.states[item.state]}</Badge> },
        ]}
      />
    </>
  );
}
