import Link from "next/link";
import type { ReactNode } from "react";
import { formatDate, formatDateTime } from "@/lib/format";
import type { IncidentHandlingMessages, IncidentMessages } from "@/lib/incidents/messages";
import type { IncidentView } from "@/lib/incidents/schema";
import { SeverityBadge } from "./Badges";

export function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm font-medium text-gray-800">{label}</dt>
      <dd className="text-sm text-gray-900 sm:col-span-2">{children}</dd>
    </div>
  );
}

interface Props {
  incident: IncidentView;
  t: IncidentMessages;
  h: IncidentHandlingMessages;
  categoryLabels: Map<string, string>;
}

/** What the reporter sent: the same for every reader of the incident. */
export function ReportDetails({ incident, t, h, categoryLabels }: Props) {
  const occurred = incident.occurredApproximate ? `${t.approximate} ${formatDate(incident.occurredAt)}` : formatDateTime(incident.occurredAt);
  return (
    <dl className="grid gap-3">
      <Detail label={t.fields.reference}>{incident.reference}</Detail>
      <Detail label={h.description}><span className="whitespace-pre-wrap">{incident.description}</span></Detail>
      <Detail label={t.fields.occurredAt}>{occurred}</Detail>
      <Detail label={t.fields.detectedAt}>{formatDateTime(incident.detectedAt)}</Detail>
      <Detail label={t.fields.reportedAt}>{formatDateTime(incident.reportedAt)}</Detail>
      <Detail label={h.reportedBy}>{incident.reporterName ?? "–"}</Detail>
      {incident.contact ? <Detail label={h.contact}>{incident.contact}</Detail> : null}
      <Detail label={h.assets}>{incident.assets.length ? incident.assets.map((a) => a.name).join(", ") : h.noneSelected}</Detail>
      <Detail label={h.categories}>{incident.categories.length ? incident.categories.map((c) => categoryLabels.get(c) ?? c).join(", ") : h.noneSelected}</Detail>
      <Detail label={h.personalData}>{t.personalData[incident.personalData]}</Detail>
      {incident.closedAt ? <Detail label={h.closedAt}>{formatDateTime(incident.closedAt)}</Detail> : null}
    </dl>
  );
}

/** The handling as read by those who may read but not handle (auditor, management, information owner). */
export function HandlingDetails({ incident, t, h }: Omit<Props, "categoryLabels">) {
  const impact = (Object.keys(h.impactAspects) as (keyof IncidentView["impact"])[]).filter((aspect) => incident.impact[aspect]);
  return (
    <dl className="grid gap-3">
      <Detail label={t.fields.severity}><SeverityBadge severity={incident.severity} t={t} /></Detail>
      <Detail label={h.handler}>{incident.handlerName ?? h.noHandler}</Detail>
      <Detail label={h.impact}>{impact.length ? impact.map((aspect) => h.impactAspects[aspect]).join(", ") : h.noImpact}</Detail>
      <Detail label={h.status.rootCause}><span className="whitespace-pre-wrap">{incident.rootCause ?? "–"}</span></Detail>
      <Detail label={h.status.lessonsLearned}><span className="whitespace-pre-wrap">{incident.lessonsLearned ?? "–"}</span></Detail>
      <Detail label={h.risks.linked}>
        {incident.risks.length || incident.hiddenRiskCount ? (
          <ul>
            {incident.risks.map((risk) => (
              <li key={risk.id}>
                <Link href={`/risker/${risk.id}`} className="text-blue-800 underline">{risk.title}</Link> ({h.risks.identified(risk.identifiedAt)})
              </li>
            ))}
            {incident.hiddenRiskCount ? <li data-testid="hidden-risks">{h.risks.hidden(incident.hiddenRiskCount)}</li> : null}
          </ul>
        ) : (
          h.noneSelected
        )}
      </Detail>
      <Detail label={h.risks.repeatOf}>
        {incident.repeatOfId ? <Link href={`/incidenter/${incident.repeatOfId}`} className="text-blue-800 underline">{incident.repeatOfReference}</Link> : h.risks.noRepeat}
      </Detail>
    </dl>
  );
}
