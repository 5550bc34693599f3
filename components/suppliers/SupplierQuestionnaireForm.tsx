"use client";
import { type FormEvent, useRef, useState } from "react";
import { FormMessage } from "@/components/form/fields";
import { Button } from "@/components/ui/Button";
import { Notice } from "@/components/ui/Notice";
import { apiFetch } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { supplierQuestionnaireMessages } from "@/lib/suppliers/messages";
import { QUESTIONNAIRE_ANSWERS, type QuestionnaireAnswer, type QuestionnaireQuestion } from "@/lib/suppliers/questionnaire-schema";

/** The supplier's answers: one radio group per question (fieldset and legend), an optional comment each. */
export function SupplierQuestionnaireForm({ token, questions }: { token: string; questions: QuestionnaireQuestion[] }) {
  const t = useMessages(supplierQuestionnaireMessages);
  const { busy, message, run } = useApiAction();
  const [answers, setAnswers] = useState<Record<string, QuestionnaireAnswer>>({});
  const [comments, setComments] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState<string[]>([]);
  const [done, setDone] = useState(false);
  const thanks = useRef<HTMLDivElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const unanswered = questions.filter((question) => !answers[question.key]).map((question) => question.key);
    setMissing(unanswered);
    if (unanswered.length > 0) {
      document.getElementById(`question-${unanswered[0]}`)?.querySelector("input")?.focus();
      return;
    }
    void run(async () => {
      const body = { answers: questions.map(({ key }) => ({ key, answer: answers[key], ...(comments[key]?.trim() ? { comment: comments[key].trim() } : {}) })) };
      await apiFetch(`/api/public/supplier-questionnaire/${encodeURIComponent(token)}`, { body });
      setDone(true);
      setTimeout(() => thanks.current?.focus(), 0);
    });
  };

  if (done)
    return (
      <div ref={thanks} tabIndex={-1} role="status">
        <Notice title={t.thanksTitle}>{t.thanks}</Notice>
      </div>
    );
  return (
    <form onSubmit={submit} noValidate className="grid gap-5">
      <ol className="grid gap-5">
        {questions.map((question, index) => {
          const invalid = missing.includes(question.key);
          return (
            <li key={question.key}>
              <fieldset id={`question-${question.key}`} className="grid gap-2 rounded border border-gray-300 p-3" aria-describedby={invalid ? `question-${question.key}-error` : undefined}>
                <legend className="px-1 font-medium text-gray-900">
                  {index + 1}. {question.code ? `${t.requirement} ${question.code}: ` : ""}
                  {question.text}
                </legend>
                <div className="flex flex-wrap gap-4">
                  {QUESTIONNAIRE_ANSWERS.map((value) => (
                    <label key={value} className="flex items-center gap-2 text-sm text-gray-900">
                      <input
                        type="radio"
                        name={`answer-${question.key}`}
                        value={value}
                        checked={answers[question.key] === value}
                        onChange={() => setAnswers((current) => ({ ...current, [question.key]: value }))}
                        required
                      />
                      {t.answers[value]}
                    </label>
                  ))}
                </div>
                {invalid ? (
                  <p id={`question-${question.key}-error`} className="text-sm text-red-700">
                    {t.required}
                  </p>
                ) : null}
                <label htmlFor={`comment-${question.key}`} className="text-sm text-gray-900">
                  {t.commentLabel}
                </label>
                <textarea
                  id={`comment-${question.key}`}
                  rows={2}
                  maxLength={2000}
                  value={comments[question.key] ?? ""}
                  onChange={(event) => setComments((current) => ({ ...current, [question.key]: event.target.value }))}
                  className="rounded border border-gray-400 px-2 py-1 text-sm"
                />
              </fieldset>
            </li>
          );
        })}
      </ol>
      {missing.length > 0 ? <FormMessage message={t.required} /> : null}
      <FormMessage message={message} />
      <div>
        <Button type="submit" disabled={busy}>
          {busy ? t.sending : t.submit}
        </Button>
      </div>
    </form>
  );
}
