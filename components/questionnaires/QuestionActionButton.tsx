"use client";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { ApiError, apiFetch } from "@/lib/client/api";
import { apiErrorText } from "@/lib/i18n/errors";
import { useLocale, useMessages } from "@/lib/i18n/client";
import { questionnaireMessages } from "@/lib/questionnaires/messages";

/** Turns a question to improve into an action (source `questionnaire`) in one step. */
export function QuestionActionButton({ setId, responseId, questionCode }: { setId: string; responseId: string; questionCode: string }) {
  const t = useMessages(questionnaireMessages);
  const locale = useLocale();
  const [actionId, setActionId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const make = async () => {
    try {
      const action = await apiFetch<{ id: string }>(`/api/v1/questionnaires/${setId}/responses/${responseId}/actions`, { body: { questionCode } });
      setActionId(action.id);
    } catch (caught) {
      setError(caught instanceof ApiError ? apiErrorText(caught, locale) : String(caught));
    }
  };
  if (actionId) return <a href={`/atgarder/${actionId}`} className="text-sm text-blue-800 underline">{t.res.actionMade}</a>;
  return (
    <span className="flex flex-col gap-1">
      <Button variant="secondary" onClick={() => void make()} aria-label={`${t.res.makeAction}: ${questionCode}`}>{t.res.makeAction}</Button>
      {error ? <span role="alert" className="text-sm text-red-800">{error}</span> : null}
    </span>
  );
}
