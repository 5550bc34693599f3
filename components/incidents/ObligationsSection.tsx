import { formatDateTime } from "@/lib/format";
import type { IncidentHandlingMessages, IncidentMessages } from "@/lib/incidents/messages";
import type { IncidentView } from "@/lib/incidents/schema";
import { TableFrame } from "@/components/table/TableFrame";
import { Badge } from "@/components/ui/Badge";
import type { ObligationView } from "@/lib/incidents/schema";
import { ObligationStatusBadge } from "./Badges";

const cell = "px-3 py-2 text-left align-top text-gray-900";

/** The report made (when, reference) or the assessment that none is due (who, when, why). */
function Outcome({ o, h }: { o: ObligationView; h: IncidentHandlingMessages }) {
  if (o.reportedAt) return <>{`${formatDateTime(o.reportedAt)}${o.reference ? ` · ${o.reference}` : ""}`}</>;
  if (o.assessedAt) {
    return (
      <>
        {h.obligations.assessed(o.assessedByName ?? "–", formatDateTime(o.assessedAt))} <span className="whitespace-pre-wrap">{o.motivation}</span>
      </>
    );
  }
  return <>–</>;
}

/** The reports the incident owes the authorities: due time, status and what became of each. Handlers settle them under "Utredning och avslut". */
export function ObligationsSection({ incident, t, h, handles }: { incident: IncidentView; t: IncidentMessages; h: IncidentHandlingMessages; handles: boolean }) {
  if (incident.obligations.length === 0) return <p className="text-sm text-gray-700">{h.obligations.none}</p>;
  const pending = incident.obligations.filter((o) => !o.reportedAt && !o.assessedAt);
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
                <td className={cell}><Outcome o={o} h={h} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      {pending.some((o) => o.toAssess) ? <p className="text-sm text-gray-800">{h.obligations.toAssessHint}</p> : null}
      {handles && pending.length > 0 ? <p className="text-sm text-gray-800">{h.obligations.handledBelow}</p> : null}
    </div>
  );
}
