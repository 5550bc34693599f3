import Link from "next/link";
import { DataTable, type Column } from "@/components/table/DataTable";
import { formatDate } from "@/lib/format";
import type { MaturityMessages } from "@/lib/maturity/messages";
import { PERSPECTIVE_KEYS } from "@/lib/maturity/msb-model";
import type { AssessmentSummaryView } from "@/lib/maturity/schema";
import { StatusBadge } from "./Levels";

/** The sessions with their levels per perspective; the list state (sort, page) lives in the URL. */
export function SessionsTable({ sessions, t, path, params }: { sessions: AssessmentSummaryView[]; t: MaturityMessages; path: string; params: Record<string, string> }) {
  const columns: Column<AssessmentSummaryView>[] = [
    { key: "title", header: t.fields.title, sortField: "title", cell: (s) => <Link className="font-medium text-blue-800 underline" href={`/mognad/${s.id}`}>{s.title}</Link> },
    { key: "heldAt", header: t.fields.heldAt, sortField: "heldAt", cell: (s) => <span className="whitespace-nowrap">{formatDate(s.heldAt)}</span> },
    { key: "status", header: t.fields.status, cell: (s) => <StatusBadge status={s.status} t={t} /> },
    ...PERSPECTIVE_KEYS.map((key) => ({ key, header: t.perspectives[key], cell: (s: AssessmentSummaryView) => s.levels[key] ?? t.notAssessed })),
    { key: "proposals", header: t.fields.proposals, cell: (s) => s.proposalCount },
  ];
  return <DataTable caption={t.sessions.caption} columns={columns} rows={sessions} rowKey={(s) => s.id} empty={t.sessions.empty} path={path} params={params} />;
}
