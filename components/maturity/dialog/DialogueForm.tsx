"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { FormProvider, useForm, type Path } from "react-hook-form";
import { FormMessage } from "@/components/form/fields";
import { useLeaveGuard } from "@/components/form/useLeaveGuard";
import { Button } from "@/components/ui/Button";
import { ApiError, apiFetch } from "@/lib/client/api";
import { formatDateTime } from "@/lib/format";
import type { IndicatorView } from "@/lib/indicators/schema";
import { useLocale, useMessages } from "@/lib/i18n/client";
import { apiErrorText } from "@/lib/i18n/errors";
import { coreMessages } from "@/lib/i18n/messages";
import { maturityMessages } from "@/lib/maturity/messages";
import { PERSPECTIVE_KEYS, type PerspectiveKey } from "@/lib/maturity/msb-model";
import type { AssessmentStatus, AssessmentView } from "@/lib/maturity/schema";
import { dialogueResolver, firstErrorPath, stepOfPath, toBody, toFormValues, type DialogueValues } from "./form-values";
import { PerspectiveStep } from "./PerspectiveStep";
import { StartStep } from "./StartStep";
import { SummaryStep } from "./SummaryStep";

interface Props {
  /** Resuming a saved session when given; a new one otherwise. */
  assessment?: AssessmentView;
  indicators: IndicatorView[];
  facts: Record<PerspectiveKey, ReactNode>;
}

const LAST = PERSPECTIVE_KEYS.length + 1;

/** The dialogue, one perspective at a time: about → six perspectives → summary; saved as a draft and resumed, then completed. */
export function DialogueForm({ assessment, indicators, facts }: Props) {
  const t = useMessages(maturityMessages);
  const common = useMessages(coreMessages).common;
  const locale = useLocale();
  const router = useRouter();
  const form = useForm<DialogueValues>({ resolver: dialogueResolver, defaultValues: toFormValues(assessment) });
  const [step, setStep] = useState(0);
  const [saved, setSaved] = useState(assessment ? { id: assessment.id, version: assessment.version, status: assessment.status } : null);
  const [message, setMessage] = useState<{ text: string; tone: "error" | "success" } | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  // Focus moves to the new step's heading when the step changes (not on the first render).
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [step]);
  const goTo = (next: number) => {
    moved.current = true;
    setStep(Math.max(0, Math.min(LAST, next)));
  };

  const titles = [t.dialog.startStep, ...PERSPECTIVE_KEYS.map((key, i) => t.dialog.perspectiveStep(i + 1, t.perspectives[key])), t.dialog.summaryStep];

  const completed = saved?.status === "completed";
  useLeaveGuard(form.formState.isDirty || busy, t.dialog.leaveWarning);

  /** Sends the whole session (created on the first save); true when the server took it. */
  const persist = async (values: DialogueValues, status: AssessmentStatus, auto: boolean): Promise<boolean> => {
    setMessage(null);
    setBusy(true);
    const { body, formPath } = toBody(values, status);
    try {
      const view = saved
        ? await apiFetch<AssessmentView>(`/api/v1/maturity-assessments/${saved.id}`, { method: "PATCH", body: { ...body, version: saved.version } })
        : await apiFetch<AssessmentView>("/api/v1/maturity-assessments", { body });
      form.reset(toFormValues(view));
      if (status === "completed" && saved?.status !== "completed") {
        router.push(`/mognad/${view.id}`);
        router.refresh();
        return true;
      }
      setSaved({ id: view.id, version: view.version, status: view.status });
      // A new session now has an address to come back to; the form stays on its step.
      if (!saved) window.history.replaceState(null, "", `/mognad/${view.id}/dialog`);
      const at = formatDateTime(view.updatedAt);
      setMessage({ text: auto ? t.dialog.autoSaved(at) : `${t.dialog.saved} ${t.dialog.savedAt(at)}`, tone: "success" });
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setMessage({ text: common.conflict, tone: "error" });
        return false;
      }
      const fields = error instanceof ApiError ? Object.entries(error.fields ?? {}) : [];
      for (const [path, messages] of fields) form.setError(formPath(path) as Path<DialogueValues>, { type: "server", message: messages.join(" ") });
      if (fields.length) goTo(stepOfPath(formPath(fields[0][0]), values));
      setMessage({ text: error instanceof ApiError ? apiErrorText(error, locale) : common.errorGeneric, tone: "error" });
      return false;
    } finally {
      setBusy(false);
    }
  };

  const save = async (status: AssessmentStatus, auto = false): Promise<boolean> => {
    let accepted = false;
    await form.handleSubmit(
      async (values) => {
        accepted = await persist(values, status, auto);
      },
      (errors) => {
        const first = firstErrorPath(errors, form.getValues());
        if (first) goTo(stepOfPath(first, form.getValues()));
        setMessage({ text: t.dialog.invalid, tone: "error" });
      },
    )();
    return accepted;
  };

  // A workshop is never only in the browser: the draft is created when the group leaves the first
  // step and saved at every move after that (version-checked, so two laptops cannot overwrite each other).
  const moveTo = async (next: number) => {
    if (busy || next === step) return;
    if ((form.formState.isDirty || !saved) && !(await save(completed ? "completed" : "draft", true))) return;
    goTo(next);
  };
  return (
    <FormProvider {...form}>
      <form onSubmit={(event) => event.preventDefault()} noValidate className="grid grid-cols-1 gap-6">
        <nav aria-label={t.dialog.steps} className="no-print">
          <p className="mb-2 text-sm text-gray-700">{t.dialog.autosaveHint}</p>
          <ol className="flex flex-wrap gap-2 text-sm">
            {titles.map((title, index) => (
              <li key={title}>
                <button
                  type="button"
                  onClick={() => moveTo(index)}
                  aria-current={index === step ? "step" : undefined}
                  className={`rounded-md border px-2 py-1 ${index === step ? "border-blue-700 bg-blue-700 text-white" : "border-gray-300 bg-white text-gray-900 hover:bg-gray-50"}`}
                >
                  {index === 0 || index === LAST ? title : `${index}. ${t.perspectives[PERSPECTIVE_KEYS[index - 1]]}`}
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <section aria-labelledby="dialog-step-heading" className="grid min-w-0 grid-cols-1 gap-4 rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
          <div>
            <p className="text-sm text-gray-700">{t.dialog.stepOf(step + 1, LAST + 1)}</p>
            <h2 id="dialog-step-heading" ref={heading} tabIndex={-1} className="text-xl font-semibold text-gray-900">
              {titles[step]}
            </h2>
          </div>
          {step === 0 ? <StartStep /> : null}
          {step > 0 && step < LAST ? <PerspectiveStep key={step} index={step - 1} indicators={indicators} facts={facts[PERSPECTIVE_KEYS[step - 1]]} /> : null}
          {step === LAST ? <SummaryStep goTo={goTo} /> : null}
        </section>
        <FormMessage message={message?.text} tone={message?.tone} />
        <div className="flex flex-wrap items-center gap-2">
          <Button variant="secondary" onClick={() => moveTo(step - 1)} disabled={step === 0 || busy}>
            {t.dialog.previous}
          </Button>
          {step < LAST ? (
            <Button onClick={() => moveTo(step + 1)} disabled={busy}>
              {t.dialog.next}
            </Button>
          ) : null}
          <Button variant="secondary" onClick={() => save(completed ? "completed" : "draft")} disabled={busy}>
            {busy ? common.saving : completed ? t.dialog.save : t.dialog.saveDraft}
          </Button>
          {step === LAST && !completed ? (
            <Button onClick={() => save("completed")} disabled={busy}>
              {t.dialog.complete}
            </Button>
          ) : null}
        </div>
      </form>
    </FormProvider>
  );
}
