"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useId } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import type { z } from "zod";
import { FormFooter } from "@/components/form/FormFooter";
import { CheckboxField } from "@/components/form/fields";
import { Button } from "@/components/ui/Button";
import { apiFetch } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { coreMessages } from "@/lib/i18n/messages";
import { incidentMessages } from "@/lib/incidents/messages";
import { incidentSettingsBodySchema, type IncidentSettings } from "@/lib/incidents/settings-schema";
import type { Versioned } from "@/lib/settings/schema";

type Input = z.input<typeof incidentSettingsBodySchema>;
type Output = z.output<typeof incidentSettingsBodySchema>;
const control = "block w-full rounded-md border border-gray-400 bg-white px-3 py-2 text-sm text-gray-900 aria-[invalid=true]:border-red-600";

/** The organisation's incident settings (admin): NIS2, MSBFS 2020:8 and the category list. */
export function SettingsForm({ settings }: { settings: Versioned<IncidentSettings> }) {
  const t = useMessages(incidentMessages).settings;
  const common = useMessages(coreMessages).common;
  const router = useRouter();
  const id = useId();
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(incidentSettingsBodySchema), defaultValues: settings });
  const rows = useFieldArray({ control: form.control, name: "categories" });
  const errors = form.formState.errors;

  const { message, submit } = useApiSubmit(form, { conflict: true });
  const onSubmit = submit(async (values) => {
    const saved = await apiFetch<Versioned<IncidentSettings>>("/api/v1/settings/incidents", { method: "PUT", body: values });
    form.reset(saved);
    router.refresh();
    return t.saved;
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-3xl gap-6">
      <fieldset className="grid gap-3">
        <legend className="mb-2 text-lg font-semibold text-gray-900">{t.obligations}</legend>
        <CheckboxField label={t.nis2Covered} hint={t.nis2Hint} registration={form.register("nis2Covered")} />
        <CheckboxField label={t.msbfsAgency} hint={t.msbfsHint} registration={form.register("msbfsAgency")} />
        <p className="text-sm text-gray-800">{t.gdprNote}</p>
      </fieldset>
      <fieldset aria-describedby={`${id}-hint`}>
        <legend className="text-lg font-semibold text-gray-900">{t.categories}</legend>
        <p id={`${id}-hint`} className="mt-1 text-sm text-gray-800">{t.categoriesHint}</p>
        {errors.categories?.message || errors.categories?.root?.message ? (
          <p className="mt-1 text-sm text-red-700" role="alert">{errors.categories?.message ?? errors.categories?.root?.message}</p>
        ) : null}
        <ol className="mt-3 grid gap-3">
          {rows.fields.map((row, index) => {
            const rowErrors = errors.categories?.[index];
            const label = form.watch(`categories.${index}.label`);
            return (
              <li key={row.id} className="grid gap-2 rounded-md border border-gray-200 p-3 sm:grid-cols-[12rem_1fr_auto] sm:items-start">
                <div>
                  <label htmlFor={`${id}-code-${index}`} className="block text-sm font-medium text-gray-900">{t.code}</label>
                  <input id={`${id}-code-${index}`} className={`mt-1 ${control}`} aria-invalid={!!rowErrors?.code} aria-describedby={rowErrors?.code ? `${id}-code-${index}-error` : undefined} {...form.register(`categories.${index}.code`)} />
                  {rowErrors?.code ? <p id={`${id}-code-${index}-error`} className="mt-1 text-sm text-red-700">{rowErrors.code.message}</p> : null}
                </div>
                <div>
                  <label htmlFor={`${id}-label-${index}`} className="block text-sm font-medium text-gray-900">{t.label}</label>
                  <input id={`${id}-label-${index}`} className={`mt-1 ${control}`} aria-invalid={!!rowErrors?.label} aria-describedby={rowErrors?.label ? `${id}-label-${index}-error` : undefined} {...form.register(`categories.${index}.label`)} />
                  {rowErrors?.label ? <p id={`${id}-label-${index}-error`} className="mt-1 text-sm text-red-700">{rowErrors.label.message}</p> : null}
                </div>
                <Button variant="ghost" className="sm:mt-6" onClick={() => rows.remove(index)} aria-label={t.removeCategory(label ?? "")}>
                  {common.delete}
                </Button>
              </li>
            );
          })}
        </ol>
        <Button variant="secondary" className="mt-3" onClick={() => rows.append({ code: "", label: "" })}>
          {t.addCategory}
        </Button>
      </fieldset>
      <FormFooter submitting={form.formState.isSubmitting} message={message} />
    </form>
  );
}
