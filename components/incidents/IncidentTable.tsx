import Link from "next/link";
import { DataTable, type Column } from "@/components/table/DataTable";
import { formatDate, formatDateTime } from "@/lib/format";
import type { IncidentMessages } from "@/lib/incidents/messages";
import type { IncidentView } from "@/lib/incidents/schema";
import { ForeseenBadge, IncidentStatusBadge, ObligationSummary, SeverityBadge } from "./Badges";

function Occurred({ incident, t }: { incident: IncidentView; t: IncidentMessages }) {
  return (
    <span className="whitespace-nowrap">
      {incident.occurredApproximate ? `${t.approximate} ${formatDate(incident.occurredAt)}` : formatDateTime(incident.occurredAt)}
    </span>
  );
}

/** The register: reference, title, occurred, severity, status, foreseen and what is owed to the authorities. */
export function IncidentTable({ incidents, t, empty, path, params }: { incidents: IncidentView[]; t: IncidentMessages; empty: string; path: string; params: Record<string, string> }) {
  const columns: Column<IncidentView>[] = [
    { key: "reference", header: t.fields.reference, sortField: "reference", cell: (i) => <Link className="whitespace-nowrap font-medium text-blue-800 underline" href={`/incidenter/${i.id}`}>{i.reference}</Link> },
    {
      key: "title",
      header: t.fields.title,
      cell: (i) => (
        <div className="grid gap-1">
          <span>{i.title}</span>
          <ObligationSummary incident={i} t={t} />
        </div>
      ),
    },
    { key: "occurredAt", header: t.fields.occurredAt, sortField: "occurredAt", cell: (i) => <Occurred incident={i} t={t} /> },
    { key: "severity", header: t.fields.severity, sortField: "severity", cell: (i) => <SeverityBadge severity={i.severity} t={t} /> },
    { key: "status", header: t.fields.status, sortField: "status", cell: (i) => <IncidentStatusBadge status={i.status} t={t} /> },
    { key: "foreseen", header: t.foreseen, cell: (i) => <ForeseenBadge foreseen={i.foreseen} t={t} /> },
  ];
  return <DataTable caption={t.caption} columns={columns} rows={incidents} rowKey={(i) => i.id} empty={empty} path={path} params={params} />;
}

/** A reporter's own reports: what they sent and where it stands, nothing else. A list, so it reads on a phone. */
export function MyReportsList({ incidents, t }: { incidents: IncidentView[]; t: IncidentMessages }) {
  if (incidents.length === 0) return <p className="text-sm text-gray-800">{t.noReports}</p>;
  return (
    <ul className="grid gap-3" aria-label={t.myCaption}>
      {incidents.map((i) => (
        <li key={i.id} className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <Link className="font-medium text-blue-800 underline" href={`/incidenter/${i.id}`}>{i.reference}</Link>
            <IncidentStatusBadge status={i.status} t={t} />
          </div>
          <p className="mt-1 text-base text-gray-900">{i.title}</p>
          <p className="mt-1 text-sm text-gray-700">
            {t.fields.reportedAt} {formatDate(i.reportedAt)}
          </p>
        </li>
      ))}
    </ul>
  );
}
