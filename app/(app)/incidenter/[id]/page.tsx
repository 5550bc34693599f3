import { ActionsTable } from "@/components/actions/ActionsTable";
import { FilesPanel } from "@/components/attachments/FilesPanel";
import { AuditHistory } from "@/components/audit/AuditHistory";
import { recordHistory } from "@/lib/audit/queries";
import { ForeseenBadge, IncidentStatusBadge, ObligationSummary, SeverityBadge } from "@/components/incidents/Badges";
import { IncidentProvider } from "@/components/incidents/IncidentContext";
import { HandlingPanels } from "@/components/incidents/HandlingPanels";
import { ReportDetails } from "@/components/incidents/IncidentDetails";
import { ObligationsSection } from "@/components/incidents/ObligationsSection";
import { ButtonLink } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { Forbidden } from "@/components/ui/Forbidden";
import { Notice } from "@/components/ui/Notice";
import { PageHeader } from "@/components/ui/PageHeader";
import { actionsFor } from "@/lib/actions/queries";
import { filesPanelData } from "@/lib/attachments/page-data";
import { pagePrincipal } from "@/lib/auth/page";
import { can, scopeOf } from "@/lib/authz/authorize";
import { getMessages } from "@/lib/i18n/server";
import { incidentHandlingMessages, incidentMessages } from "@/lib/incidents/messages";
import { getIncident } from "@/lib/incidents/queries";
import { incidentCategories } from "@/lib/incidents/settings";
import { loadRecord, type RecordPageProps } from "@/lib/page/load-record";

export default async function IncidentPage({ params }: RecordPageProps) {
  const principal = await pagePrincipal();
  const incident = await loadRecord(params, (id) => getIncident(principal, id));
  if (!incident) return <Forbidden />;
  const [t, h, categories] = await Promise.all([getMessages(incidentMessages), getMessages(incidentHandlingMessages), incidentCategories(principal)]);
  const categoryLabels = new Map(categories.items.map((c) => [c.code, c.label]));
  const details = <ReportDetails incident={incident} t={t} h={h} categoryLabels={categoryLabels} />;

  // A reporter sees what they sent and where it stands, nothing of the handling.
  if (scopeOf(principal, "incidents.handling.read") === "none") {
    return (
      <>
        <PageHeader title={incident.title} description={<IncidentStatusBadge status={incident.status} t={t} />} />
        <div className="grid max-w-3xl gap-6">
          <Notice title={t.myReports}>{h.readOnly}</Notice>
          <Card title={h.details}>{details}</Card>
        </div>
      </>
    );
  }

  const handles = can(principal, "incidents.handle");
  const actions = can(principal, "actions.read") ? await actionsFor(principal, "incident", incident.id) : null;
  const files = await filesPanelData(principal, "incident", incident.id);
  const returnTo = `/incidenter/${incident.id}`;
  return (
    <>
      <PageHeader
        title={incident.title}
        description={
          <span className="flex flex-wrap items-center gap-2" data-testid="incident-summary">
            <span className="font-medium text-gray-900">{incident.reference}</span>
            <IncidentStatusBadge status={incident.status} t={t} />
            <SeverityBadge severity={incident.severity} t={t} />
            <ForeseenBadge foreseen={incident.foreseen} t={t} />
            <ObligationSummary incident={incident} t={t} />
          </span>
        }
      />
      <IncidentProvider id={incident.id} version={incident.version}>
      <div className="grid gap-6 xl:grid-cols-3">
        <div className="grid content-start gap-6 xl:col-span-2">
          <Card title={h.details}>{details}</Card>
          <Card title={h.obligations.title}>
            <ObligationsSection incident={incident} t={t} h={h} handles={handles} />
          </Card>
          <HandlingPanels principal={principal} incident={incident} categories={categories.items} handles={handles} />
          {actions ? (
            <Card title={h.actions.title}>
              <div className="grid gap-3">
                <ActionsTable actions={actions} showSource={false} />
                {can(principal, "actions.create") ? (
                  <div>
                    <ButtonLink href={`/atgarder/ny?sourceType=incident&sourceId=${incident.id}&returnTo=${encodeURIComponent(returnTo)}`} variant="secondary">
                      {h.actions.new}
                    </ButtonLink>
                  </div>
                ) : null}
              </div>
            </Card>
          ) : null}
          {files ? <FilesPanel {...files} /> : null}
        </div>
        <AuditHistory events={await recordHistory(principal, "incident", incident.id)} title={h.history} />
      </div>
      </IncidentProvider>
    </>
  );
}
