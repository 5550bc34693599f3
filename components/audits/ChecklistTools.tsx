"use client";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { FormMessage } from "@/components/form/fields";
import { Button } from "@/components/ui/Button";
import { auditMessages } from "@/lib/audits/messages";
import { apiFetch } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";

const control = "mt-1 block w-full rounded-md border border-gray-400 bg-white px-3 py-2 text-base text-gray-900";

/** Adds a question to the detailed plan, or copies the questions of an earlier audit. */
export function ChecklistTools({ auditId, earlier, hasCriteria }: { auditId: string; earlier: { id: string; title: string }[]; hasCriteria: boolean }) {
  const t = useMessages(auditMessages);
  const router = useRouter();
  const id = useId();
  const [question, setQuestion] = useState("");
  const [criterion, setCriterion] = useState("");
  const [from, setFrom] = useState("");
  const { busy, message, run } = useApiAction();
  const add = () =>
    run(async () => {
      await apiFetch(`/api/v1/audits/${auditId}/checklist`, { body: { question, criterion } });
      setQuestion("");
      setCriterion("");
      router.refresh();
    });
  const generate = () =>
    run(async () => {
      await apiFetch(`/api/v1/audits/${auditId}/checklist/generate`, { method: "POST" });
      router.refresh();
    });
  const copy = () =>
    run(async () => {
      await apiFetch(`/api/v1/audits/${auditId}/checklist/copy`, { body: { fromAuditId: from } });
      router.refresh();
    });
  return (
    <div className="mt-4 grid gap-4 border-t border-gray-200 pt-4">
      <div className="grid gap-2 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-q`} className="text-sm font-medium">{t.fields.question}</label>
          <input id={`${id}-q`} className={control} value={question} maxLength={1000} onChange={(event) => setQuestion(event.target.value)} />
        </div>
        <div>
          <label htmlFor={`${id}-c`} className="text-sm font-medium">{t.fields.criterion}</label>
          <input id={`${id}-c`} className={control} value={criterion} maxLength={500} onChange={(event) => setCriterion(event.target.value)} />
        </div>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button disabled={busy || !question.trim()} onClick={add}>{t.actions.addQuestion}</Button>
        {hasCriteria ? (
          <Button variant="secondary" disabled={busy} onClick={generate}>
            {t.actions.generateChecklist}
          </Button>
        ) : null}
      </div>
      {earlier.length ? (
        <div className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor={`${id}-from`} className="text-sm font-medium">{t.actions.copyChecklist}</label>
            <select id={`${id}-from`} className={control} value={from} onChange={(event) => setFrom(event.target.value)}>
              <option value="">–</option>
              {earlier.map((audit) => (
                <option key={audit.id} value={audit.id}>{audit.title}</option>
              ))}
            </select>
          </div>
          <Button variant="secondary" disabled={busy || !from} onClick={copy}>{t.actions.copyChecklist}</Button>
        </div>
      ) : null}
      <FormMessage message={message} />
    </div>
  );
}
