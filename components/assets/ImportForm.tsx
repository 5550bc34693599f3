"use client";
import { uploadFile } from "@/lib/client/api";
import Link from "next/link";
import { useId, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { assetMessages } from "@/lib/assets/messages";
import { useMessages } from "@/lib/i18n/client";
import { coreMessages } from "@/lib/i18n/messages";

type Result =
  | { kind: "imported"; count: number }
  | { kind: "errors"; errors: { where: string; messages: string[] }[] }
  | { kind: "failed"; message: string };

/**
 * Uploads an .xlsx or .csv file to POST /api/v1/assets/import (multipart, part `file`). The
 * import is all or nothing: on 400 every error is listed by row and column.
 */
export function ImportForm() {
  const t = useMessages(assetMessages).importPage;
  const common = useMessages(coreMessages).common;
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const outcome = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);

  const where = (key: string) => {
    const match = /^rad (\d+): (.+)$/.exec(key);
    if (match) return t.rowColumn(match[1], match[2]);
    return key === "file" || key === "_" ? t.fileError : key;
  };

  const show = (next: Result) => {
    setResult(next);
    requestAnimationFrame(() => outcome.current?.focus());
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return show({ kind: "failed", message: t.chooseFile });
    setBusy(true);
    setResult(null);
    try {
      const { ok, body } = await uploadFile<{ imported: number }>("/api/v1/assets/import", file);
      if (ok) return show({ kind: "imported", count: body?.imported ?? 0 });
      const error = body?.error;
      const errors = Object.entries(error?.fields ?? {}).map(([key, messages]) => ({ where: where(key), messages }));
      show(errors.length ? { kind: "errors", errors } : { kind: "failed", message: error?.message ?? common.errorGeneric });
    } catch {
      show({ kind: "failed", message: common.errorGeneric });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="grid max-w-3xl gap-4">
      <form onSubmit={onSubmit} className="grid gap-3 rounded-lg border border-gray-200 bg-white p-4">
        <div>
          <label htmlFor={`${id}-file`} className="block text-sm font-medium text-gray-900">
            {t.file}
          </label>
          <input
            id={`${id}-file`}
            ref={input}
            type="file"
            name="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={`${id}-hint`}
            className="mt-1 block w-full text-sm text-gray-900"
          />
          <p id={`${id}-hint`} className="mt-1 text-xs text-gray-700">
            {t.fileHint}
          </p>
        </div>
        <div>
          <Button type="submit" disabled={busy}>
            {busy ? t.submitting : t.submit}
          </Button>
        </div>
      </form>
      <div ref={outcome} tabIndex={-1} aria-live="polite" data-testid="import-result">
        {result?.kind === "imported" ? (
          <div role="status" className="rounded-lg border border-green-300 bg-green-50 p-4 text-sm text-gray-900">
            <p className="font-semibold">{t.imported(result.count)}</p>
            <Link className="text-blue-800 underline" href="/tillgangar">
              {t.toList}
            </Link>
          </div>
        ) : null}
        {result?.kind === "errors" ? (
          <div className="rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-gray-900">
            <h2 className="font-semibold">{t.errorsTitle}</h2>
            <p className="mt-1 font-medium">{t.nothingImported}</p>
            <ul className="mt-2 list-disc space-y-1 pl-5" aria-label={t.errorsTitle}>
              {result.errors.map((error) => (
                <li key={error.where}>
                  <strong>{error.where}:</strong> {error.messages.join(" ")}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {result?.kind === "failed" ? (
          <p role="alert" className="text-sm text-red-700">
            {result.message}
          </p>
        ) : null}
      </div>
    </div>
  );
}
