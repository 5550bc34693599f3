"use client";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { ApiError, apiFetch } from "@/lib/client/api";
import { apiErrorText } from "@/lib/i18n/errors";
import { useLocale, useMessages } from "@/lib/i18n/client";
import { questionnaireMessages } from "@/lib/questionnaires/messages";

/** Starts a measurement of the set (period: the last two years) and opens it. */
export function NewResponseForm({ setId, defaultTitle }: { setId: string; defaultTitle: string }) {
  const t = useMessages(questionnaireMessages);
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const [title, setTitle] = useState(defaultTitle);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await apiFetch<{ id: string }>(`/api/v1/questionnaires/${setId}/responses`, { body: { title } });
      router.push(`/mognad/uppfoljning/${created.id}`);
    } catch (caught) {
      setError(caught instanceof ApiError ? apiErrorText(caught, locale) : String(caught));
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm font-medium text-gray-900">{t.newTitle}</label>
        <input id={id} value={title} onChange={(event) => setTitle(event.target.value)} required maxLength={200} className="rounded-md border border-gray-400 px-2 py-1.5 text-sm" />
      </div>
      <Button type="submit" disabled={busy}>{busy ? t.creating : t.create}</Button>
      {error ? <p role="alert" className="w-full text-sm text-red-800">{error}</p> : null}
    </form>
  );
}
