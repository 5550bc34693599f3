"use client";
import { useId } from "react";
import { formatNumber, formatPercent } from "@/lib/format";
import { useLocale, useMessages } from "@/lib/i18n/client";
import { questionnaireMessages } from "@/lib/questionnaires/messages";
import type { AnswerView, PrefillProposal, QuestionView } from "@/lib/questionnaires/schema";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { EvidenceField } from "./EvidenceField";

export type Answer = AnswerView;

interface Props {
  question: QuestionView;
  answer: Answer;
  proposal?: PrefillProposal;
  readOnly: boolean;
  onChange: (next: Answer) => void;
}

function figure(proposal: PrefillProposal, locale: "sv" | "en") {
  if (proposal.unit !== "share") return formatNumber(proposal.value, locale);
  return `${formatPercent(proposal.value, locale)} (${proposal.numerator ?? 0}/${proposal.denominator ?? 0})`;
}

/** One question: its options (radio for "single", checkboxes otherwise), certainty, note, evidence and a register proposal. */
export function QuestionField({ question, answer, proposal, readOnly, onChange }: Props) {
  const t = useMessages(questionnaireMessages);
  const locale = useLocale();
  const id = useId();
  const toggle = (key: string, checked: boolean) => {
    const optionKeys = question.answerType === "single" ? [key] : checked ? [...answer.optionKeys, key] : answer.optionKeys.filter((k) => k !== key);
    // A changed answer no longer is the register's figure.
    onChange({ ...answer, optionKeys: question.options.map((o) => o.key).filter((k) => optionKeys.includes(k)), prefill: null });
  };
  const accept = () => proposal?.optionKey && onChange({ ...answer, optionKeys: [proposal.optionKey], certain: true, prefill: { indicator: proposal.indicator, value: proposal.value, numerator: proposal.numerator, denominator: proposal.denominator } });
  return (
    <fieldset className="grid gap-3 rounded-lg border border-gray-200 bg-white p-4" data-testid={`question-${question.code}`} disabled={readOnly}>
      <legend className="px-1 text-base font-semibold text-gray-900">
        <span className="mr-2 font-mono text-sm text-gray-700">{question.code}</span>
        <span lang="sv">{question.text}</span>
      </legend>
      <div className="flex flex-wrap gap-2 text-xs">
        <Badge tone={question.source === "msb" ? "blue" : "gray"}>{question.source === "msb" ? t.form.msbQuestion : t.form.ownQuestion}</Badge>
        <span className="text-gray-700">{t.form.answerTypeHint[question.answerType]}</span>
      </div>
      {question.comment ? (
        <details className="text-sm text-gray-800">
          <summary className="cursor-pointer">{question.source === "msb" ? t.form.msbComment : t.form.comment}</summary>
          <p lang="sv" className="mt-1">{question.comment}</p>
        </details>
      ) : null}
      {proposal && !readOnly ? (
        <div className="rounded-md border border-blue-200 bg-blue-50 p-2 text-sm text-gray-900" data-testid={`proposal-${question.code}`}>
          <p>
            <strong>{t.form.proposal}:</strong> {t.form.proposalFigure(proposal.label, figure(proposal, locale))}{" "}
            {proposal.href ? <a href={proposal.href} className="text-blue-800 underline">({proposal.indicator})</a> : null}
          </p>
          {proposal.optionKey ? (
            <Button variant="secondary" className="mt-1" onClick={accept}>{t.form.accept}: {question.options.find((o) => o.key === proposal.optionKey)?.label}</Button>
          ) : (
            <p>{t.form.proposalNoOption}</p>
          )}
        </div>
      ) : null}
      {answer.prefill ? <p className="text-sm text-green-900">{t.form.accepted}</p> : null}
      <div className="grid gap-1">
        {question.options.map((option) => (
          <label key={option.key} className="flex items-start gap-2 text-sm text-gray-900">
            <input
              type={question.answerType === "single" ? "radio" : "checkbox"}
              name={`${id}-options`}
              checked={answer.optionKeys.includes(option.key)}
              onChange={(event) => toggle(option.key, event.target.checked)}
              className="mt-1"
            />
            <span lang="sv">{option.label}</span>
          </label>
        ))}
      </div>
      <label className="flex items-center gap-2 text-sm font-medium text-gray-900">
        <input type="checkbox" checked={answer.certain} onChange={(event) => onChange({ ...answer, certain: event.target.checked, prefill: event.target.checked ? answer.prefill : null })} />
        {t.form.certain}
      </label>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-note`} className="text-sm text-gray-900">{t.form.note}</label>
        <textarea id={`${id}-note`} rows={2} value={answer.note ?? ""} maxLength={5000} onChange={(event) => onChange({ ...answer, note: event.target.value || null })} className="rounded-md border border-gray-400 px-2 py-1 text-sm" />
      </div>
      {answer.certain && (!readOnly || answer.evidence.length) ? <EvidenceField code={question.code} value={answer.evidence} readOnly={readOnly} onChange={(evidence) => onChange({ ...answer, evidence })} /> : null}
    </fieldset>
  );
}
