import { Card } from "@/components/ui/Card";
import type { Principal } from "@/lib/authz/roles";
import { getMessages } from "@/lib/i18n/server";
import { stockholmDay } from "@/lib/dates";
import { incidentHandlingMessages, incidentMessages, type IncidentMessages } from "@/lib/incidents/messages";
import { handlingOptions } from "@/lib/incidents/page-data";
import type { IncidentView } from "@/lib/incidents/schema";
import type { IncidentCategory } from "@/lib/incidents/settings-schema";
import { ForeseenBadge } from "./Badges";
import { DraftRiskButton } from "./DraftRiskButton";
import { HandlingDetails } from "./IncidentDetails";
import { InvestigationForm } from "./InvestigationForm";
import { RiskLinksForm } from "./RiskLinksForm";
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

/** Triage, risk links, then investigation and closing: forms for ciso and admin, a read-only summary for other readers. */
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
  const { earlier, drafted } = await handlingOptions(principal, incident);
  return (
    <>
      <Card title={h.triage.title}>
        <TriageForm incident={incident} categories={categories} />
      </Card>
      <Card title={h.risks.title}>
        <ForeseenStatement incident={incident} t={t} text={foreseenText} />
        <RiskLinksForm incident={incident} earlier={earlier} occurredDay={stockholmDay(new Date(incident.occurredAt))} />
        {!incident.foreseen || drafted ? (
          <div className="mt-4 border-t border-gray-200 pt-4">
            <DraftRiskButton drafted={drafted} />
          </div>
        ) : null}
      </Card>
      <Card title={h.status.title}>
        <InvestigationForm incident={incident} />
      </Card>
    </>
  );
}
