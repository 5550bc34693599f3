"use client";
import { useId, useState } from "react";
import { RecordPicker } from "@/components/form/RecordPicker";
import type { RecordOption } from "@/lib/api/options";
import { useMessages } from "@/lib/i18n/client";
import { EVIDENCE_TYPES } from "@/lib/maturity/schema";
import { questionnaireMessages } from "@/lib/questionnaires/messages";
import type { AnswerView } from "@/lib/questionnaires/schema";

type Evidence = AnswerView["evidence"];
type EvidenceType = (typeof EVIDENCE_TYPES)[number];

/** The records that back a certain answer: pick a type, then search its records by title. */
export function EvidenceField({ code, value, readOnly, onChange }: { code: string; value: Evidence; readOnly: boolean; onChange: (next: Evidence) => void }) {
  const t = useMessages(questionnaireMessages);
  const id = useId();
  const [type, setType] = useState<EvidenceType>(value[0]?.type ?? "asset");
  const chosen: RecordOption[] = value.filter((item) => item.type === type).map((item) => ({ id: item.id, name: item.title ?? item.label ?? item.id }));
  return (
    <div className="grid gap-2 rounded-md border border-gray-200 p-2">
      <p className="text-sm font-medium text-gray-900">{t.form.evidence}</p>
      {value.length ? (
        <ul className="flex flex-wrap gap-2 text-sm" aria-label={`${t.form.evidence} ${code}`}>
          {value.map((item) => (
            <li key={`${item.type}:${item.id}`} className="rounded bg-gray-100 px-2 py-0.5 text-gray-900">
              {t.form.evidenceTypes[item.type]}: {item.href ? <a href={item.href} className="text-blue-800 underline">{item.title ?? item.label}</a> : (item.title ?? item.label)}
            </li>
          ))}
        </ul>
      ) : null}
      {readOnly ? null : (
        <>
          <div className="flex flex-col gap-1">
            <label htmlFor={id} className="text-sm text-gray-900">{t.form.evidenceType}</label>
            <select id={id} value={type} onChange={(event) => setType(event.target.value as EvidenceType)} className="w-fit rounded-md border border-gray-400 px-2 py-1 text-sm">
              {EVIDENCE_TYPES.map((option) => (
                <option key={option} value={option}>{t.form.evidenceTypes[option]}</option>
              ))}
            </select>
          </div>
          <RecordPicker
            key={type}
            legend={`${t.form.evidencePick} (${code})`}
            searchLabel={t.form.evidenceSearch(code)}
            endpoint={`/api/v1/records/options?type=${type}`}
            multiple
            initial={chosen}
            onChange={(next) =>
              onChange([...value.filter((item) => item.type !== type), ...next.map((option) => ({ type, id: option.id, label: option.name.slice(0, 200), title: option.name }))])
            }
          />
        </>
      )}
    </div>
  );
}
