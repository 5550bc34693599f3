"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { useController, useForm } from "react-hook-form";
import type { z } from "zod";
import { FormFooter } from "@/components/form/FormFooter";
import { FormLimits } from "@/components/form/FormLimits";
import { RecordPicker } from "@/components/form/RecordPicker";
import { TextAreaField, TextField } from "@/components/form/fields";
import { Button, buttonClass } from "@/components/ui/Button";
import type { RecordOption } from "@/lib/api/options";
import { apiFetch } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { incidentMessages } from "@/lib/incidents/messages";
import { incidentReportSchema, PERSONAL_DATA_ANSWERS, type IncidentView } from "@/lib/incidents/schema";
import { CheckboxGroup } from "./CheckboxGroup";
import { localInputValue, wallClockField } from "./wall-clock";

// The API's report schema; the two times come from the user's clock in the form.
const formSchema = (dateMessage: string) =>
  incidentReportSchema.extend({ occurredAt: wallClockField(dateMessage), detectedAt: wallClockField(dateMessage) });
type Schema = ReturnType<typeof formSchema>;

/** The short form everyone files: a minute's work, one column, large targets, fine at 375 px. */
export function ReportForm({ categories }: { categories: { code: string; label: string }[] }) {
  const t = useMessages(incidentMessages);
  const [assets, setAssets] = useState<RecordOption[]>([]);
  const [done, setDone] = useState<IncidentView | null>(null);
  const id = useId();
  const doneHeading = useRef<HTMLHeadingElement>(null);
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(formSchema(t.form.dateRequired)),
    defaultValues: { title: "", description: "", occurredAt: "", occurredApproximate: false, detectedAt: localInputValue(new Date()), assetIds: [], personalData: "unknown", categories: [], contact: "" },
  });
  const { message, submit } = useApiSubmit(form);
  const errors = form.formState.errors;
  const chosen = useController({ control: form.control, name: "categories" });
  const approximate = form.watch("occurredApproximate");
  useEffect(() => {
    if (done) doneHeading.current?.focus();
  }, [done]);

  const toggleApproximate = (checked: boolean) => {
    const current = form.getValues("occurredAt") ?? "";
    form.setValue("occurredApproximate", checked);
    form.setValue("occurredAt", checked ? current.slice(0, 10) : current ? `${current.slice(0, 10)}T12:00` : "");
  };
  const onSubmit = submit(async (values) => {
    setDone(await apiFetch<IncidentView>("/api/v1/incidents", { body: { ...values, assetIds: assets.map((a) => a.id) } }));
  });
  const restart = () => {
    form.reset({ ...form.formState.defaultValues, detectedAt: localInputValue(new Date()) });
    setAssets([]);
    setDone(null);
  };

  if (done) {
    return (
      <section aria-labelledby={`${id}-done`} className="max-w-xl rounded-lg border border-green-300 bg-green-50 p-4">
        <h2 id={`${id}-done`} ref={doneHeading} tabIndex={-1} className="text-lg font-semibold text-gray-900">
          {t.done.title}
        </h2>
        <p className="mt-3 text-sm text-gray-900">{t.done.reference}:</p>
        <p className="text-2xl font-semibold text-gray-900" data-testid="incident-reference">{done.reference}</p>
        <p className="mt-3 text-sm text-gray-900">{t.done.body}</p>
        <div className="mt-4 flex flex-col gap-2 sm:flex-row">
          <Link href="/incidenter" className={`${buttonClass("primary")} min-h-11`}>{t.myReports}</Link>
          <Button variant="secondary" className="min-h-11" onClick={restart}>{t.done.another}</Button>
        </div>
      </section>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-xl gap-5">
      <FormLimits schema={incidentReportSchema}>
      <p className="text-sm text-gray-800">{t.form.intro}</p>
      <div className="grid gap-5 [&_input]:min-h-11 [&_input]:text-base [&_textarea]:text-base">
        <TextField label={t.form.title} hint={t.form.titleHint} required registration={form.register("title")} error={errors.title} />
        <TextAreaField label={t.form.description} hint={t.form.descriptionHint} rows={4} required registration={form.register("description")} error={errors.description} />
        <TextField label={t.form.occurredAt} type={approximate ? "date" : "datetime-local"} required registration={form.register("occurredAt")} error={errors.occurredAt} />
      </div>
      <label className="-mt-3 flex min-h-11 cursor-pointer items-center gap-3 text-base text-gray-900">
        <input type="checkbox" className="h-5 w-5 shrink-0" checked={approximate ?? false} onChange={(event) => toggleApproximate(event.target.checked)} />
        {t.form.occurredApproximate}
      </label>
      <div className="[&_input]:min-h-11 [&_input]:text-base">
        <TextField label={t.form.detectedAt} type="datetime-local" required registration={form.register("detectedAt")} error={errors.detectedAt} />
      </div>
      {/* Names only, open to reporters: they name what was affected without reading the register. */}
      <RecordPicker
        legend={t.form.assets}
        endpoint="/api/v1/assets/options"
        multiple
        large
        onChange={setAssets}
        searchLabel={t.form.assetSearch}
        hint={t.form.assetSearchHint}
        noHits={t.form.noAssetHits}
      />
      <fieldset aria-describedby={`${id}-pd-hint`}>
        <legend className="text-base font-medium text-gray-900">{t.form.personalData}</legend>
        <p id={`${id}-pd-hint`} className="mt-1 text-xs text-gray-700">{t.form.personalDataHint}</p>
        <div className="mt-2 grid gap-2 sm:grid-cols-3">
          {PERSONAL_DATA_ANSWERS.map((answer) => (
            <label key={answer} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-gray-300 px-3 py-2 text-base text-gray-900">
              <input type="radio" value={answer} className="h-5 w-5 shrink-0" {...form.register("personalData")} />
              {t.personalData[answer]}
            </label>
          ))}
        </div>
      </fieldset>
      {categories.length > 0 ? (
        <CheckboxGroup
          large
          legend={t.form.categories}
          options={categories.map((c) => ({ value: c.code, label: c.label }))}
          value={chosen.field.value ?? []}
          onChange={chosen.field.onChange}
          error={errors.categories?.message}
        />
      ) : null}
      <div className="[&_input]:min-h-11 [&_input]:text-base">
        <TextField label={t.form.contact} hint={t.form.contactHint} autoComplete="tel" registration={form.register("contact")} error={errors.contact} />
      </div>
      <FormFooter
        submitting={form.formState.isSubmitting}
        message={message}
        submitLabel={t.form.submit}
        submittingLabel={t.form.submitting}
        submitClassName="min-h-12 w-full text-base sm:w-auto"
      />
      </FormLimits>
    </form>
  );
}
