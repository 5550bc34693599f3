"use client";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { FormMessage } from "@/components/form/fields";
import { Button } from "@/components/ui/Button";
import { auditMessages } from "@/lib/audits/messages";
import type { AuditView } from "@/lib/audits/schema";
import { apiFetch } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-submit";
import { formatDateTime } from "@/lib/format";
import { useMessages } from "@/lib/i18n/client";

const control = "mt-1 block w-full rounded-md border border-gray-400 bg-white px-3 py-2 text-base text-gray-900";

/** Who is interviewed when, part of the audit's detailed plan; saved on the audit (version-checked). */
export function InterviewSchedule({ audit, editable }: { audit: AuditView; editable: boolean }) {
  const t = useMessages(auditMessages);
  const router = useRouter();
  const id = useId();
  const [at, setAt] = useState("");
  const [who, setWho] = useState("");
  const [topic, setTopic] = useState("");
  const { busy, message, run } = useApiAction({ conflict: true });
  const sorted = [...audit.interviews].sort((a, b) => a.at.localeCompare(b.at));
  const save = (interviews: AuditView["interviews"]) =>
    run(async () => {
      await apiFetch(`/api/v1/audits/${audit.id}`, { method: "PATCH", body: { interviews, version: audit.version } });
      setAt("");
      setWho("");
      setTopic("");
      router.refresh();
    });
  return (
    <div>
      {sorted.length === 0 ? <p className="text-sm text-gray-700">{t.labels.noInterviews}</p> : null}
      <ul className="grid gap-1 text-sm">
        {sorted.map((interview, index) => (
          <li key={`${interview.at}-${index}`} className="flex flex-wrap items-center gap-2">
            <span>{`${formatDateTime(interview.at)} · ${interview.who}${interview.topic ? ` · ${interview.topic}` : ""}`}</span>
            {editable ? (
              <Button variant="ghost" disabled={busy} onClick={() => save(sorted.filter((_, i) => i !== index))}>
                {`${t.actions.remove} ${interview.who}`}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {editable ? (
        <div className="mt-3 grid gap-2 sm:grid-cols-3">
          <div>
            <label htmlFor={`${id}-at`} className="text-sm font-medium">{t.fields.interviewAt}</label>
            <input id={`${id}-at`} type="datetime-local" className={control} value={at} onChange={(event) => setAt(event.target.value)} />
          </div>
          <div>
            <label htmlFor={`${id}-who`} className="text-sm font-medium">{t.fields.interviewWho}</label>
            <input id={`${id}-who`} className={control} maxLength={200} value={who} onChange={(event) => setWho(event.target.value)} />
          </div>
          <div>
            <label htmlFor={`${id}-topic`} className="text-sm font-medium">{t.fields.interviewTopic}</label>
            <input id={`${id}-topic`} className={control} maxLength={500} value={topic} onChange={(event) => setTopic(event.target.value)} />
          </div>
          <div className="sm:col-span-3">
            <Button disabled={busy || !at || !who.trim()} onClick={() => save([...sorted, { at: new Date(at).toISOString(), who, topic: topic || null }])}>
              {t.actions.addInterview}
            </Button>
          </div>
        </div>
      ) : null}
      <FormMessage message={message} />
    </div>
  );
}
