"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormFooter } from "@/components/form/FormFooter";
import { SelectField, TextAreaField } from "@/components/form/fields";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { incidentHandlingMessages } from "@/lib/incidents/handling-messages";
import { incidentMessages } from "@/lib/incidents/messages";
import { incidentUpdateSchema, type IncidentView } from "@/lib/incidents/schema";
import { useIncident } from "./IncidentContext";

type Input = z.input<typeof incidentUpdateSchema>;
type Output = z.output<typeof incidentUpdateSchema>;

const defaults = (incident: IncidentView): Input => ({
  status: incident.status,
  rootCause: incident.rootCause ?? "",
  lessonsLearned: incident.lessonsLearned ?? "",
  version: incident.version,
});

/**
 * Status moves (only the allowed next statuses are offered), root cause and lessons learned. The
 * server decides what may close: its message lands on the field it names (root cause for 3–4).
 */
export function StatusForm({ incident }: { incident: IncidentView }) {
  const t = useMessages(incidentMessages);
  const h = useMessages(incidentHandlingMessages);
  const { id, send } = useIncident();
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(incidentUpdateSchema), defaultValues: defaults(incident) });
  const { message, submit } = useApiSubmit(form, { conflict: true });
  const errors = form.formState.errors;
  useEffect(() => {
    // A new server copy: the status select starts again from the current status.
    form.reset(form.formState.isDirty ? { ...form.getValues(), status: incident.status } : defaults(incident));
  }, [incident.version]);

  const onSubmit = submit(async (values) => {
    await send(`/api/v1/incidents/${id}`, { status: values.status, rootCause: values.rootCause, lessonsLearned: values.lessonsLearned });
    return h.status.saved;
  });
  const statuses = [{ value: incident.status, label: h.status.current(t.status[incident.status]) }, ...incident.nextStatuses.map((s) => ({ value: s, label: t.status[s] }))];

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <div className="max-w-sm">
        <SelectField label={h.status.next} hint={h.status.nextHint} options={statuses} registration={form.register("status")} error={errors.status} />
      </div>
      <TextAreaField label={h.status.rootCause} hint={h.status.rootCauseHint} rows={4} registration={form.register("rootCause")} error={errors.rootCause} />
      <TextAreaField label={h.status.lessonsLearned} rows={3} registration={form.register("lessonsLearned")} error={errors.lessonsLearned} />
      <FormFooter submitting={form.formState.isSubmitting} message={message} />
    </form>
  );
}
