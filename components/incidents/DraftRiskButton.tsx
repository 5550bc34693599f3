"use client";
import Link from "next/link";
import { useState } from "react";
import { FormMessage } from "@/components/form/fields";
import { Button } from "@/components/ui/Button";
import { useApiAction } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { incidentHandlingMessages } from "@/lib/incidents/messages";
import { useIncident } from "./IncidentContext";

/** One click from an unforeseen incident to a risk draft in the risk register (source incident). */
export function DraftRiskButton({ drafted }: { drafted: { id: string; title: string } | null }) {
  const h = useMessages(incidentHandlingMessages).risks;
  const { id, send } = useIncident();
  const [risk, setRisk] = useState(drafted);
  const { busy, message, run } = useApiAction();
  const draft = () =>
    run(async () => {
      const result = (await send(`/api/v1/incidents/${id}/draft-risk`, {}, "POST")) as { risk: { id: string; title: string } };
      setRisk({ id: result.risk.id, title: result.risk.title });
    });
  const shown = risk ?? drafted;
  if (shown) {
    return (
      <p role="status" className="text-sm text-gray-900">
        {h.drafted}{" "}
        <Link href={`/risker/${shown.id}`} className="font-medium text-blue-800 underline" data-testid="drafted-risk">
          {h.openRisk(shown.title)}
        </Link>
      </p>
    );
  }
  return (
    <div className="grid gap-2">
      <p className="text-sm text-gray-800">{h.draftHint}</p>
      <div>
        <Button variant="secondary" onClick={draft} disabled={busy}>
          {busy ? h.drafting : h.draft}
        </Button>
      </div>
      <FormMessage message={message} />
    </div>
  );
}
