"use client";
import { uploadFile } from "@/lib/client/api";
import { useId, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { competenceMessages } from "@/lib/competence/messages";
import { useMessages } from "@/lib/i18n/client";
import { coreMessages } from "@/lib/i18n/messages";

interface Counts {
  created: number;
  updated: number;
  ended: number;
  errors: number;
  fields: Record<string, string[]>;
}

type Outcome = { kind: "preview" | "done"; counts: Counts } | { kind: "errors"; fields: Record<string, string[]> } | { kind: "failed"; message: string };

/**
 * The HR sync: upload the HR system's export, see what it would change (nothing is saved), then
 * confirm. The same file is sent again on confirm; the server applies it all or nothing.
 */
export function HrImportForm() {
  const t = useMessages(competenceMessages).import;
  const common = useMessages(coreMessages).common;
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const result = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const send = async (mode: "preview" | "commit") => {
    const file = input.current?.files?.[0];
    if (!file) return;
    setBusy(true);
    try {
      const { ok, body } = await uploadFile<Counts>(`/api/v1/people/import?mode=${mode}`, file);
      if (ok) setOutcome({ kind: mode === "preview" ? "preview" : "done", counts: body as Counts });
      else if (body?.error?.fields) setOutcome({ kind: "errors", fields: body.error.fields });
      else setOutcome({ kind: "failed", message: body?.error?.message ?? common.errorGeneric });
    } catch {
      setOutcome({ kind: "failed", message: common.errorGeneric });
    } finally {
      setBusy(false);
      requestAnimationFrame(() => result.current?.focus());
    }
  };
  const onPreview = (event: FormEvent) => {
    event.preventDefault();
    void send("preview");
  };
  const fields = outcome?.kind === "errors" ? outcome.fields : outcome?.kind === "preview" ? outcome.counts.fields : {};
  const errorList = Object.entries(fields);

  return (
    <div className="grid max-w-3xl gap-4">
      <form onSubmit={onPreview} className="grid gap-3 rounded-lg border border-gray-200 bg-white p-4">
        <p className="text-sm text-gray-800">{t.help}</p>
        <div>
          <label htmlFor={`${id}-file`} className="block text-sm font-medium text-gray-900">{t.file}</label>
          <input id={`${id}-file`} ref={input} type="file" name="file" accept=".xlsx,.csv,text/csv" onChange={() => setOutcome(null)} className="mt-1 block w-full text-sm text-gray-900" />
        </div>
        <div>
          <Button type="submit" disabled={busy}>{t.preview}</Button>
        </div>
      </form>
      <div ref={result} tabIndex={-1} aria-live="polite" data-testid="hr-import-result">
        {outcome?.kind === "preview" || outcome?.kind === "done" ? (
          <div role="status" className="grid gap-2 rounded-lg border border-green-300 bg-green-50 p-4 text-sm text-gray-900">
            <p className="font-semibold">{t.result(outcome.counts.created, outcome.counts.updated, outcome.counts.ended)}</p>
            {outcome.kind === "done" ? <p>{t.done}</p> : null}
            {outcome.kind === "preview" && outcome.counts.errors === 0 ? (
              <div>
                <Button type="button" disabled={busy} onClick={() => void send("commit")}>{t.commit}</Button>
              </div>
            ) : null}
          </div>
        ) : null}
        {errorList.length ? (
          <ul className="mt-2 list-disc space-y-1 rounded-lg border border-red-300 bg-red-50 p-4 pl-8 text-sm text-gray-900">
            {errorList.map(([where, messages]) => (
              <li key={where}><strong>{where}:</strong> {messages.join(" ")}</li>
            ))}
          </ul>
        ) : null}
        {outcome?.kind === "failed" ? <p role="alert" className="text-sm text-red-700">{outcome.message}</p> : null}
      </div>
    </div>
  );
}
