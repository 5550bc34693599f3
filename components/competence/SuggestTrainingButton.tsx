"use client";
import { FormMessage } from "@/components/form/fields";
import { Button } from "@/components/ui/Button";
import { apiFetch } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-submit";
import { competenceMessages } from "@/lib/competence/messages";
import type { KnowledgeArea } from "@/lib/competence/schema";
import { useMessages } from "@/lib/i18n/client";

/** A weak area → an action (source `survey`) proposing a training in it. */
export function SuggestTrainingButton({ surveyId, area }: { surveyId: string; area: KnowledgeArea }) {
  const t = useMessages(competenceMessages).surveys;
  const { busy, message, run } = useApiAction();
  const suggest = () => run(async () => {
    await apiFetch(`/api/v1/knowledge-surveys/${surveyId}/suggest-training`, { body: { area } });
    return t.suggested;
  });
  return (
    <div className="grid gap-1">
      <Button type="button" variant="secondary" disabled={busy} onClick={() => void suggest()}>{t.suggest}</Button>
      <FormMessage message={message} />
    </div>
  );
}
