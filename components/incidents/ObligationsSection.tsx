import { formatDateTime } from "@/lib/format";
import type { IncidentHandlingMessages } from "@/lib/incidents/handling-messages";
import type { IncidentMessages } from "@/lib/incidents/messages";
import type { IncidentView } from "@/lib/incidents/schema";
import { TableFrame } from "@/components/table/TableFrame";
import { Badge } from "@/components/ui/Badge";
import { ObligationStatusBadge } from "./Badges";
import { ObligationReportForm } from "./ObligationReportForm";

const cell = "px-3 py-2 text-left align-top text-gray-900";

/** The reports the incident owes the authorities: due time and status, and (for handlers) a way to record one. */
export function ObligationsSection({ incident, t, h, canRecord }: { incident: IncidentView; t: IncidentMessages; h: IncidentHandlingMessages; canRecord: boolean }) {
  if (incident.obligations.length === 0) return <p className="text-sm text-gray-700">{h.obligations.none}</p>;
  const pending = incident.obligations.filter((o) => !o.reportedAt);
  return (
    <div className="grid gap-4">
      <TableFrame label={h.obligations.title}>
        <table className="min-w-full divide-y divide-gray-200 text-sm" data-testid="obligations">
          <caption className="sr-only">{h.obligations.title}</caption>
          <thead className="bg-gray-50">
            <tr>
              <th scope="col" className={`${cell} font-semibold`}>{h.obligations.kind}</th>
              <th scope="col" className={`${cell} font-semibold`}>{h.obligations.dueAt}</th>
              <th scope="col" className={`${cell} font-semibold`}>{h.obligations.status}</th>
              <th scope="col" className={`${cell} font-semibold`}>{h.obligations.report}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {incident.obligations.map((o) => (
              <tr key={o.kind} data-obligation={o.kind}>
                <th scope="row" className={`${cell} font-normal`}>
                  {t.obligationKind[o.kind]}
                  {o.toAssess ? (
                    <span className="mt-1 block">
                      <Badge tone="yellow">{t.toAssess}</Badge>
                    </span>
                  ) : null}
                </th>
                <td className={`${cell} whitespace-nowrap`}>{formatDateTime(o.dueAt)}</td>
                <td className={cell}><ObligationStatusBadge status={o.status} t={t} /></td>
                <td className={cell}>{o.reportedAt ? `${formatDateTime(o.reportedAt)}${o.reference ? ` · ${o.reference}` : ""}` : "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      {pending.some((o) => o.toAssess) ? <p className="text-sm text-gray-800">{h.obligations.toAssessHint}</p> : null}
      {canRecord
        ? pending.map((o) => (
            <details key={o.kind} className="rounded-md border border-gray-200 p-3">
              <summary className="cursor-pointer text-sm font-medium text-blue-800 underline">{h.obligations.recordFor(t.obligationKind[o.kind])}</summary>
              <div className="mt-3">
                <ObligationReportForm kind={o.kind} />
              </div>
            </details>
          ))
        : null}
    </div>
  );
}
