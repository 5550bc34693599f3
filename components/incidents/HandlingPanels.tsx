import { Card } from "@/components/ui/Card";
import type { Principal } from "@/lib/authz/roles";
import { getMessages } from "@/lib/i18n/server";
import { stockholmDay } from "@/lib/incidents/dates";
import { incidentHandlingMessages } from "@/lib/incidents/handling-messages";
import { incidentMessages, type IncidentMessages } from "@/lib/incidents/messages";
import { draftedRisk, incidentRiskOptions, repeatOptions } from "@/lib/incidents/page-data";
import type { IncidentView } from "@/lib/incidents/schema";
import type { IncidentCategory } from "@/lib/incidents/settings-schema";
import { userOptions } from "@/lib/users/queries";
import { ForeseenBadge } from "./Badges";
import { DraftRiskButton } from "./DraftRiskButton";
import { HandlingDetails } from "./IncidentDetails";
import { RiskLinksForm } from "./RiskLinksForm";
import { StatusForm } from "./StatusForm";
import { TriageForm } from "./TriageForm";

interface Props {
  principal: Principal;
  incident: IncidentView;
  categories: IncidentCategory[];
  handles: boolean;
}

function ForeseenStatement({ incident, t, text }: { incident: IncidentView; t: IncidentMessages; text: string }) {
  return (
    <p className="mb-4 flex flex-wrap items-center gap-2 text-sm text-gray-900" data-testid="foreseen">
      <ForeseenBadge foreseen={incident.foreseen} t={t} />
      <span>{text}</span>
    </p>
  );
}

/** Triage, status and risk links: forms for ciso and admin, a read-only summary for other readers. */
export async function HandlingPanels({ principal, incident, categories, handles }: Props) {
  const [t, h] = await Promise.all([getMessages(incidentMessages), getMessages(incidentHandlingMessages)]);
  const foreseenText = incident.foreseen ? h.risks.foreseenYes : h.risks.foreseenNo;
  if (!handles) {
    return (
      <Card title={h.triage.title}>
        <ForeseenStatement incident={incident} t={t} text={foreseenText} />
        <HandlingDetails incident={incident} t={t} h={h} />
      </Card>
    );
  }
  const [users, risks, earlier, drafted] = await Promise.all([
    userOptions(principal),
    incidentRiskOptions(principal),
    repeatOptions(principal, incident),
    draftedRisk(principal, incident.id),
  ]);
  return (
    <>
      <Card title={h.triage.title}>
        <TriageForm incident={incident} users={users} categories={categories} />
      </Card>
      <Card title={h.status.title}>
        <StatusForm incident={incident} />
      </Card>
      <Card title={h.risks.title}>
        <ForeseenStatement incident={incident} t={t} text={foreseenText} />
        <RiskLinksForm incident={incident} risks={risks} earlier={earlier} occurredDay={stockholmDay(new Date(incident.occurredAt))} />
        {!incident.foreseen || drafted ? (
          <div className="mt-4 border-t border-gray-200 pt-4">
            <DraftRiskButton drafted={drafted} />
          </div>
        ) : null}
      </Card>
    </>
  );
}
