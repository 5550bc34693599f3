"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect } from "react";
import { useController, useForm } from "react-hook-form";
import type { z } from "zod";
import { FormFooter } from "@/components/form/FormFooter";
import { CheckboxField, SelectField } from "@/components/form/fields";
import { UserPicker } from "@/components/form/UserPicker";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { incidentHandlingMessages, incidentMessages } from "@/lib/incidents/messages";
import { incidentUpdateSchema, PERSONAL_DATA_ANSWERS, type IncidentView } from "@/lib/incidents/schema";
import { CheckboxGroup } from "./CheckboxGroup";
import { useIncident } from "./IncidentContext";

type Input = z.input<typeof incidentUpdateSchema>;
type Output = z.output<typeof incidentUpdateSchema>;

const defaults = (incident: IncidentView): Input => ({
  severity: incident.severity,
  handlerId: incident.handlerId,
  personalData: incident.personalData,
  categories: incident.categories,
  impact: { ...incident.impact },
  version: incident.version,
});

/** Triage: severity 1–4, handler, personal data, categories and impact (C/I/A/S). Saving it marks a new report as triaged. */
export function TriageForm({ incident, categories }: { incident: IncidentView; categories: { code: string; label: string }[] }) {
  const t = useMessages(incidentMessages);
  const h = useMessages(incidentHandlingMessages);
  const { id, send } = useIncident();
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(incidentUpdateSchema), defaultValues: defaults(incident) });
  const { message, submit } = useApiSubmit(form, { conflict: true });
  const chosen = useController({ control: form.control, name: "categories" });
  const errors = form.formState.errors;
  useEffect(() => {
    if (!form.formState.isDirty) form.reset(defaults(incident));
    // Only when the server's copy changed: a form being edited keeps what the user typed.
  }, [incident.version]);

  const onSubmit = submit(async (values) => {
    const { version: _version, ...body } = values;
    await send(`/api/v1/incidents/${id}`, incident.status === "reported" ? { ...body, status: "triaged" } : body);
    form.reset(form.getValues());
    return h.triage.saved;
  });
  // Categories the organisation has since removed stay visible while the incident carries them.
  const options = [...categories, ...incident.categories.filter((code) => !categories.some((c) => c.code === code)).map((code) => ({ code, label: code }))];

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t.fields.severity}
          hint={h.triage.severityHint}
          emptyLabel={h.triage.severityEmpty}
          options={[1, 2, 3, 4].map((s) => ({ value: String(s), label: t.severity[s] }))}
          registration={form.register("severity", { setValueAs: (v) => (v === "" || v === null ? null : Number(v)) })}
          error={errors.severity}
        />
      </div>
      <UserPicker
        key={incident.version}
        legend={h.handler}
        duty="incident_handler"
        initial={{ id: incident.handlerId, name: incident.handlerName }}
        onChange={(handlerId) => form.setValue("handlerId", handlerId, { shouldDirty: true })}
        error={errors.handlerId?.message}
      />
      <fieldset>
        <legend className="text-sm font-medium text-gray-900">{h.personalData}</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {PERSONAL_DATA_ANSWERS.map((answer) => (
            <label key={answer} className="flex items-center gap-2 py-1 text-sm text-gray-900">
              <input type="radio" value={answer} className="h-4 w-4" {...form.register("personalData")} />
              {t.personalData[answer]}
            </label>
          ))}
        </div>
      </fieldset>
      <CheckboxGroup
        legend={h.categories}
        options={options.map((c) => ({ value: c.code, label: c.label }))}
        value={chosen.field.value ?? []}
        onChange={chosen.field.onChange}
        error={errors.categories?.message}
      />
      <fieldset>
        <legend className="text-sm font-medium text-gray-900">{h.impact}</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {(["confidentiality", "integrity", "availability", "traceability"] as const).map((aspect) => (
            <CheckboxField key={aspect} label={h.impactAspects[aspect]} registration={form.register(`impact.${aspect}`)} />
          ))}
        </div>
      </fieldset>
      <FormFooter submitting={form.formState.isSubmitting} message={message} submitLabel={h.triage.submit} />
    </form>
  );
}
