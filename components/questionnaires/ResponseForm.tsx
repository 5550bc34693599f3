"use client";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { useLeaveGuard } from "@/components/form/useLeaveGuard";
import { Button } from "@/components/ui/Button";
import { ApiError, apiFetch } from "@/lib/client/api";
import { apiErrorText } from "@/lib/i18n/errors";
import { useLocale, useMessages } from "@/lib/i18n/client";
import { questionnaireMessages } from "@/lib/questionnaires/messages";
import type { PrefillProposal, QuestionSetView, ResponseView } from "@/lib/questionnaires/schema";
import { QuestionField, type Answer } from "./QuestionField";

const AUTOSAVE_MS = 1500;
const empty = (questionCode: string): Answer => ({ questionCode, optionKeys: [], certain: false, note: null, evidence: [], prefill: null });
type SaveState = "saved" | "dirty" | "saving";

/** What the API takes back: the view's evidence titles and links are the server's, not sent. */
function body(answers: Map<string, Answer>) {
  return [...answers.values()]
    .filter((a) => a.optionKeys.length || a.note || a.evidence.length)
    .map((a) => ({ ...a, evidence: a.evidence.map(({ type, id, label }) => ({ type, id, ...(label ? { label } : {}) })) }));
}

/**
 * Answers question by question, grouped by level and filterable by work area. Every change is
 * saved shortly after (PATCH with the version, so a second tab's change is a 409, not lost).
 */
export function ResponseForm({ set, response, proposals }: { set: QuestionSetView; response: ResponseView; proposals: PrefillProposal[] }) {
  const t = useMessages(questionnaireMessages);
  const locale = useLocale();
  const router = useRouter();
  const filterId = useId();
  const readOnly = response.status === "submitted";
  const [answers, setAnswers] = useState(() => new Map(response.answers.map((a) => [a.questionCode, a])));
  const [area, setArea] = useState("");
  const [state, setState] = useState<SaveState>("saved");
  const [error, setError] = useState<string | null>(null);
  const version = useRef(response.version);
  const pending = useRef<Promise<void>>(Promise.resolve());
  // The save reads the answers as they are when it runs, not as they were when it was scheduled.
  const answersRef = useRef(answers);
  answersRef.current = answers;
  useLeaveGuard(state !== "saved", t.form.leave);

  const save = useCallback(async () => {
    // One save at a time, so each PATCH carries the version the previous one returned.
    const run = pending.current.then(async () => {
      setState("saving");
      try {
        const saved = await apiFetch<ResponseView>(`/api/v1/questionnaires/${set.id}/responses/${response.id}`, { method: "PATCH", body: { answers: body(answersRef.current), version: version.current } });
        version.current = saved.version;
        setError(null);
        setState((current) => (current === "saving" ? "saved" : current));
      } catch (caught) {
        setError(caught instanceof ApiError ? apiErrorText(caught, locale) : String(caught));
        setState("dirty");
      }
    });
    pending.current = run;
    return run;
  }, [set.id, response.id, locale]);

  useEffect(() => {
    if (state !== "dirty" || error) return;
    const timer = setTimeout(() => void save(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [answers, state, error, save]);

  const change = (next: Answer) => {
    setAnswers((current) => new Map(current).set(next.questionCode, next));
    setError(null);
    setState("dirty");
  };
  const submit = async () => {
    if (!window.confirm(t.form.submitConfirm)) return;
    await save();
    try {
      await apiFetch(`/api/v1/questionnaires/${set.id}/responses/${response.id}/submit`, { body: { version: version.current } });
      setState("saved");
      router.push(`/mognad/uppfoljning/${response.id}/resultat`);
    } catch (caught) {
      setError(caught instanceof ApiError ? apiErrorText(caught, locale) : String(caught));
    }
  };

  const visible = useMemo(() => set.questions.filter((q) => !area || q.areas.includes(area)), [set.questions, area]);
  const answered = [...answers.values()].filter((a) => a.optionKeys.length > 0).length;
  const byProposal = new Map(proposals.map((p) => [p.questionCode, p]));
  return (
    <div className="grid gap-4">
      <div className="sticky top-0 z-10 flex flex-wrap items-end gap-4 rounded-lg border border-gray-200 bg-white p-3">
        <div className="flex min-w-0 max-w-full flex-col gap-1">
          <label htmlFor={filterId} className="text-sm font-medium text-gray-900">{t.form.area}</label>
          <select id={filterId} value={area} onChange={(event) => setArea(event.target.value)} className="w-full max-w-full rounded-md border border-gray-400 px-2 py-1.5 text-sm">
            <option value="">{t.form.allAreas}</option>
            {set.areas.map((a) => (
              <option key={a.key} value={a.key}>{a.name}</option>
            ))}
          </select>
        </div>
        <p className="text-sm text-gray-800">{t.form.progress(answered, set.questions.length)}</p>
        <p className="text-sm text-gray-800" role="status" aria-live="polite" data-testid="save-state">
          {readOnly ? t.form.readOnly : state === "saving" ? t.form.saving : state === "dirty" ? t.form.unsaved : t.form.saved}
        </p>
        {readOnly ? null : (
          <div className="ml-auto flex gap-2">
            <Button variant="secondary" onClick={() => void save()} disabled={state === "saving"}>{t.form.save}</Button>
            <Button onClick={() => void submit()}>{t.form.submit}</Button>
          </div>
        )}
        {error ? <p role="alert" className="w-full text-sm text-red-800">{error}</p> : null}
      </div>
      {[1, 2, 3, 4].map((level) => {
        const questions = visible.filter((q) => q.level === level);
        if (!questions.length) return null;
        return (
          <section key={level} className="grid gap-3" aria-labelledby={`level-${level}`}>
            <h2 id={`level-${level}`} className="text-lg font-semibold text-gray-900">{t.form.levelHeading(level)}</h2>
            {questions.map((question) => (
              <QuestionField key={question.code} question={question} answer={answers.get(question.code) ?? empty(question.code)} proposal={byProposal.get(question.code)} readOnly={readOnly} onChange={change} />
            ))}
          </section>
        );
      })}
    </div>
  );
}
