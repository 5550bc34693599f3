"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useId } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import type { z } from "zod";
import { FormFooter } from "@/components/form/FormFooter";
import { Button } from "@/components/ui/Button";
import { apiFetch } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import type { Versioned } from "@/lib/settings/schema";
import { supplierQuestionnaireMessages } from "@/lib/suppliers/messages";
import { supplierSettingsBodySchema, type SupplierSettings } from "@/lib/suppliers/settings-schema";

type Input = z.input<typeof supplierSettingsBodySchema>;
type Output = z.output<typeof supplierSettingsBodySchema>;
const control = "block w-full rounded-md border border-gray-400 bg-white px-3 py-2 text-sm text-gray-900 aria-[invalid=true]:border-red-600";

/** The organisation's supplier questions (the suppliers settings section; the intervals travel along unchanged). */
export function SupplierQuestionsForm({ settings }: { settings: Versioned<SupplierSettings> }) {
  const t = useMessages(supplierQuestionnaireMessages);
  const router = useRouter();
  const id = useId();
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(supplierSettingsBodySchema), defaultValues: settings });
  const rows = useFieldArray({ control: form.control, name: "questions" });
  const errors = form.formState.errors;
  const { message, submit } = useApiSubmit(form, { conflict: true });
  const onSubmit = submit(async (values) => {
    const saved = await apiFetch<Versioned<SupplierSettings>>("/api/v1/settings/suppliers", { method: "PUT", body: values });
    form.reset(saved);
    router.refresh();
    return t.saved;
  });
  const listError = errors.questions?.message ?? errors.questions?.root?.message;

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-3xl gap-6">
      <fieldset>
        <legend className="text-lg font-semibold text-gray-900">{t.settingsTitle}</legend>
        {listError ? <p className="mt-1 text-sm text-red-700" role="alert">{listError}</p> : null}
        <ol className="mt-3 grid gap-3">
          {rows.fields.map((row, index) => {
            const rowErrors = errors.questions?.[index];
            const text = form.watch(`questions.${index}.text`);
            return (
              <li key={row.id} className="grid gap-2 rounded-md border border-gray-200 p-3 sm:grid-cols-[10rem_1fr_auto] sm:items-start">
                <div>
                  <label htmlFor={`${id}-key-${index}`} className="block text-sm font-medium text-gray-900">{t.settingsKey}</label>
                  <input id={`${id}-key-${index}`} className={`mt-1 ${control}`} aria-invalid={!!rowErrors?.key} aria-describedby={rowErrors?.key ? `${id}-key-${index}-error` : undefined} {...form.register(`questions.${index}.key`)} />
                  {rowErrors?.key ? <p id={`${id}-key-${index}-error`} className="mt-1 text-sm text-red-700">{rowErrors.key.message}</p> : null}
                </div>
                <div>
                  <label htmlFor={`${id}-text-${index}`} className="block text-sm font-medium text-gray-900">{t.settingsText}</label>
                  <textarea id={`${id}-text-${index}`} rows={2} className={`mt-1 ${control}`} aria-invalid={!!rowErrors?.text} aria-describedby={rowErrors?.text ? `${id}-text-${index}-error` : undefined} {...form.register(`questions.${index}.text`)} />
                  {rowErrors?.text ? <p id={`${id}-text-${index}-error`} className="mt-1 text-sm text-red-700">{rowErrors.text.message}</p> : null}
                </div>
                <Button variant="ghost" className="sm:mt-6" onClick={() => rows.remove(index)} aria-label={t.removeQuestion(text ?? "")}>
                  {t.remove}
                </Button>
              </li>
            );
          })}
        </ol>
        <Button variant="secondary" className="mt-3" onClick={() => rows.append({ key: `fraga-${rows.fields.length + 1}`, text: "" })}>
          {t.addQuestion}
        </Button>
      </fieldset>
      <FormFooter submitting={form.formState.isSubmitting} message={message} />
    </form>
  );
}
