import Link from "next/link";
import { DataTable, type Column } from "@/components/table/DataTable";
import { formatDate } from "@/lib/format";
import { actionMessages } from "@/lib/actions/messages";
import type { ActionView } from "@/lib/actions/schema";
import { coreMessages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { recordHref } from "@/lib/records/registry";
import { ActionStatusBadge } from "./ActionStatusBadge";

/** The actions table, used on the Åtgärder page and on every register record that has actions. */
export async function ActionsTable({ actions, path, params, showSource = true }: { actions: ActionView[]; path?: string; params?: Record<string, string>; showSource?: boolean }) {
  const [t, core] = await Promise.all([getMessages(actionMessages), getMessages(coreMessages)]);
  const columns: Column<ActionView>[] = [
    { key: "title", header: t.fields.title, sortField: "title", cell: (a) => <Link className="font-medium text-blue-800 underline" href={`/atgarder/${a.id}`}>{a.title}</Link> },
    { key: "owner", header: t.fields.owner, cell: (a) => a.ownerName ?? t.noOwner },
    { key: "dueAt", header: t.fields.dueAt, sortField: "dueAt", cell: (a) => formatDate(a.dueAt) },
    { key: "status", header: t.fields.status, sortField: "status", cell: (a) => <ActionStatusBadge action={a} t={t} /> },
    ...(showSource
      ? [{
          key: "source",
          header: t.fields.source,
          cell: (a: ActionView) => {
            if (!a.source) return t.noSource;
            const href = recordHref(a.source.type, a.source.id);
            const type = t.source[a.source.type] ?? a.source.type;
            const label = a.source.title ? `${type}: ${a.source.title}` : type;
            return href ? <Link className="text-blue-800 underline" href={href}>{label}</Link> : label;
          },
        }]
      : []),
  ];
  return <DataTable caption={t.caption} columns={columns} rows={actions} rowKey={(a) => a.id} empty={core.empty.actions} path={path} params={params} />;
}
