import Link from "next/link";
import { Card } from "@/components/ui/Card";
import type { RiskMessages } from "@/lib/risks/messages";
import type { RiskView } from "@/lib/risks/schema";
import { AcceptanceDecisionForm } from "./AcceptanceDecisionForm";
import { RiskLevelBadge } from "./RiskLevelBadge";

/** "Väntar på ditt beslut" on Översikt: each proposal within the reader's authority, decided in place. */
export function AwaitingDecisionCard({ risks, t }: { risks: RiskView[]; t: RiskMessages }) {
  if (risks.length === 0) return null;
  return (
    <Card title={t.acceptance.awaitingTitle}>
      <p className="mb-3 text-sm text-gray-800">{t.acceptance.awaitingIntro}</p>
      <ul className="grid gap-4" data-testid="awaiting-decision">
        {risks.map((risk) => (
          <li key={risk.id} className="rounded-md border border-gray-200 p-3">
            <h3 id={`awaiting-${risk.id}-title`} className="flex flex-wrap items-center gap-2 font-semibold text-gray-900">
              <Link href={`/risker/${risk.id}`} className="text-blue-800 underline">
                {risk.title}
              </Link>
              <RiskLevelBadge level={risk.level} band={risk.band} labels={t.bands} />
            </h3>
            <p className="mt-1 text-sm text-gray-800">{t.acceptance.proposal(risk.acceptance?.recordedByName ?? "–")}</p>
            <p className="mt-1 whitespace-pre-wrap text-sm text-gray-900">{risk.acceptance?.motivation}</p>
            <div className="mt-3">
              <AcceptanceDecisionForm riskId={risk.id} version={risk.version} idPrefix={`awaiting-${risk.id}`} />
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}
