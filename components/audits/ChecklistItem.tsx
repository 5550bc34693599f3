"use client";
import { useId, useRef, useState } from "react";
import { FormMessage } from "@/components/form/fields";
import { auditMessages } from "@/lib/audits/messages";
import { CHECKLIST_RESULTS, type ChecklistItemView } from "@/lib/audits/schema";
import { apiFetch } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";

const control = "mt-1 block w-full rounded-md border border-gray-400 bg-white px-3 py-2 text-base text-gray-900";
type Draft = { result: string; notes: string; evidence: string; links: string };
const draftOf = (item: ChecklistItemView): Draft => ({ result: item.result ?? "", notes: item.notes ?? "", evidence: item.evidence ?? "", links: item.links.join("\n") });

/**
 * One question during the interview: large touch targets for a tablet, saved when a field is left
 * (version-checked, so two auditors never overwrite each other's notes unseen).
 */
export function ChecklistItem({ item, index, readOnly }: { item: ChecklistItemView; index: number; readOnly: boolean }) {
  const t = useMessages(auditMessages);
  const id = useId();
  const [draft, setDraft] = useState(() => draftOf(item));
  const saved = useRef(draftOf(item));
  const version = useRef(item.version);
  const [status, setStatus] = useState<"" | "saving" | "saved">("");
  const { message, run } = useApiAction({ conflict: true });
  const save = () => {
    if (JSON.stringify(draft) === JSON.stringify(saved.current)) return;
    setStatus("saving");
    const body = { result: draft.result || null, notes: draft.notes, evidence: draft.evidence, links: draft.links.split("\n").map((l) => l.trim()).filter(Boolean), version: version.current };
    return run(async () => {
      try {
        const next = await apiFetch<ChecklistItemView>(`/api/v1/audits/${item.auditId}/checklist/${item.id}`, { method: "PATCH", body });
        version.current = next.version;
        saved.current = { ...draft };
        setStatus("saved");
      } catch (error) {
        setStatus("");
        throw error;
      }
    });
  };
  const field = (key: keyof Draft) => ({ value: draft[key], disabled: readOnly, onChange: (event: { target: { value: string } }) => setDraft({ ...draft, [key]: event.target.value }), onBlur: save });
  return (
    <li className="rounded-lg border border-gray-200 p-4" data-testid="checklist-item">
      <fieldset className="grid gap-3">
        <legend className="font-semibold text-gray-900">{`${index + 1}. ${item.question}`}</legend>
        {item.criterion ? <p className="text-sm text-gray-700">{`${t.fields.criterion}: ${item.criterion}`}</p> : null}
        <div>
          <label htmlFor={`${id}-result`} className="text-sm font-medium">{t.fields.result}</label>
          <select id={`${id}-result`} className={control} {...field("result")} onChange={(event) => setDraft({ ...draft, result: event.target.value })}>
            <option value="">–</option>
            {CHECKLIST_RESULTS.map((result) => (
              <option key={result} value={result}>{t.checklistResult[result]}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-notes`} className="text-sm font-medium">{t.fields.notes}</label>
          <textarea id={`${id}-notes`} rows={4} maxLength={10_000} className={control} {...field("notes")} />
        </div>
        <div>
          <label htmlFor={`${id}-evidence`} className="text-sm font-medium">{t.fields.evidence}</label>
          <textarea id={`${id}-evidence`} rows={2} maxLength={10_000} className={control} {...field("evidence")} />
        </div>
        <div>
          <label htmlFor={`${id}-links`} className="text-sm font-medium">{t.fields.links}</label>
          <textarea id={`${id}-links`} rows={2} className={control} {...field("links")} />
        </div>
        <p aria-live="polite" className="text-sm text-gray-700">{status === "saving" ? t.labels.saving : status === "saved" ? t.labels.saved : ""}</p>
        <FormMessage message={message} />
      </fieldset>
    </li>
  );
}
