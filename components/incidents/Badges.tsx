import { Badge, type Tone } from "@/components/ui/Badge";
import { formatDateTime } from "@/lib/format";
import type { IncidentMessages } from "@/lib/incidents/messages";
import type { IncidentStatus, IncidentView, ObligationStatus, ObligationView } from "@/lib/incidents/schema";

const statusTones: Record<IncidentStatus, Tone> = { reported: "yellow", triaged: "blue", investigating: "blue", resolved: "green", closed: "gray" };
const severityTones: Record<number, Tone> = { 1: "gray", 2: "yellow", 3: "orange", 4: "red" };
const obligationTones: Record<ObligationStatus, Tone> = { due: "orange", overdue: "red", reported: "green", reported_late: "yellow", not_reportable: "gray" };

export function IncidentStatusBadge({ status, t }: { status: IncidentStatus; t: IncidentMessages }) {
  return <Badge tone={statusTones[status]}>{t.status[status]}</Badge>;
}

export function SeverityBadge({ severity, t }: { severity: number | null; t: IncidentMessages }) {
  if (severity === null) return <span className="text-gray-700">{t.notAssessed}</span>;
  return <Badge tone={severityTones[severity] ?? "gray"}>{t.severity[severity] ?? severity}</Badge>;
}

export function ObligationStatusBadge({ status, t }: { status: ObligationStatus; t: IncidentMessages }) {
  return <Badge tone={obligationTones[status]}>{t.obligationStatus[status]}</Badge>;
}

export function ForeseenBadge({ foreseen, t }: { foreseen: boolean; t: IncidentMessages }) {
  return <Badge tone={foreseen ? "green" : "gray"}>{foreseen ? t.foreseenYes : t.foreseenNo}</Badge>;
}

/**
 * What an incident still owes the authorities, in words: "Rapportering försenad" when an
 * obligation is past due, otherwise the nearest due time. Nothing when all is reported.
 */
export function ObligationSummary({ incident, t }: { incident: Pick<IncidentView, "obligations" | "obligationOverdue">; t: IncidentMessages }) {
  const pending = incident.obligations.filter((o: ObligationView) => o.status === "due");
  if (!incident.obligationOverdue && pending.length === 0) return null;
  return (
    <span className="inline-flex flex-wrap gap-1">
      {incident.obligationOverdue ? <Badge tone="red">{t.obligationOverdue}</Badge> : null}
      {pending.length > 0 ? <Badge tone="orange">{t.obligationDue(formatDateTime(pending[0].dueAt))}</Badge> : null}
    </span>
  );
}
