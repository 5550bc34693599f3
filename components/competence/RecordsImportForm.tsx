"use client";
import { uploadFile } from "@/lib/client/api";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { competenceMessages } from "@/lib/competence/messages";
import { useMessages } from "@/lib/i18n/client";
import { coreMessages } from "@/lib/i18n/messages";

type Outcome = { kind: "done"; imported: number } | { kind: "errors"; fields: Record<string, string[]> } | { kind: "failed"; message: string };

/** The learning platform's export of this training's completions: all rows or none, errors by row. */
export function RecordsImportForm({ trainingId }: { trainingId: string }) {
  const t = useMessages(competenceMessages).recordsImport;
  const common = useMessages(coreMessages).common;
  const id = useId();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return;
    setBusy(true);
    try {
      const { ok, body } = await uploadFile<{ imported: number }>(`/api/v1/training-records/import?trainingId=${trainingId}`, file);
      if (ok) {
        setOutcome({ kind: "done", imported: body?.imported ?? 0 });
        router.refresh();
      } else if (body?.error?.fields) setOutcome({ kind: "errors", fields: body.error.fields });
      else setOutcome({ kind: "failed", message: body?.error?.message ?? common.errorGeneric });
    } catch {
      setOutcome({ kind: "failed", message: common.errorGeneric });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={onSubmit} className="grid gap-3">
      <p className="text-sm text-gray-800">{t.help}</p>
      <div>
        <label htmlFor={`${id}-file`} className="block text-sm font-medium text-gray-900">{t.file}</label>
        <input id={`${id}-file`} ref={input} type="file" accept=".xlsx,.csv,text/csv" className="mt-1 block w-full text-sm text-gray-900" />
      </div>
      <div>
        <Button type="submit" variant="secondary" disabled={busy}>{t.submit}</Button>
      </div>
      <div aria-live="polite">
        {outcome?.kind === "done" ? <p role="status" className="text-sm text-green-800">{t.imported(outcome.imported)}</p> : null}
        {outcome?.kind === "errors" ? (
          <ul className="list-disc space-y-1 rounded-lg border border-red-300 bg-red-50 p-4 pl-8 text-sm text-gray-900">
            {Object.entries(outcome.fields).map(([where, messages]) => <li key={where}><strong>{where}:</strong> {messages.join(" ")}</li>)}
          </ul>
        ) : null}
        {outcome?.kind === "failed" ? <p role="alert" className="text-sm text-red-700">{outcome.message}</p> : null}
      </div>
    </form>
  );
}
