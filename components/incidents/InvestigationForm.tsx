"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { FormMessage, SelectField, TextAreaField } from "@/components/form/fields";
import { Button } from "@/components/ui/Button";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { coreMessages } from "@/lib/i18n/messages";
import { incidentHandlingMessages, incidentMessages } from "@/lib/incidents/messages";
import type { IncidentView } from "@/lib/incidents/schema";
import { useIncident } from "./IncidentContext";
import { closeRefusal, investigationDefaults, investigationSchema, onFormRows, openObligations, outcomesOf, type InvestigationValues } from "./investigation-form";
import { ObligationOutcomeFields } from "./ObligationOutcomeFields";

/**
 * "Utredning och avslut": root cause, lessons learned and each open reporting obligation in one
 * form. "Spara" keeps them; "Stäng incidenten" also closes, taking the remaining status steps on
 * the server, so closing never needs a save per status.
 */
export function InvestigationForm({ incident }: { incident: IncidentView }) {
  const t = useMessages(incidentMessages);
  const h = useMessages(incidentHandlingMessages);
  const common = useMessages(coreMessages).common;
  const { id, send } = useIncident();
  const schema = useMemo(() => investigationSchema(h.close), [h.close]);
  const form = useForm<InvestigationValues>({ resolver: zodResolver(schema), defaultValues: investigationDefaults(incident) });
  const { message, submit } = useApiSubmit(form, { conflict: true });
  const [busy, errors] = [form.formState.isSubmitting, form.formState.errors];
  // Which button is at work, so only that one says so.
  const [closing, setClosing] = useState(false);
  const rows = form.watch("obligations");
  const open = openObligations(incident);
  const closed = incident.status === "closed";
  useEffect(() => {
    // A new server copy (saved here or elsewhere): start again from it unless the user is typing.
    if (!form.formState.isDirty) form.reset(investigationDefaults(incident));
  }, [incident.version]);

  const call = async (values: InvestigationValues, path: string, body: Record<string, unknown>, method: "PATCH" | "POST") => {
    const { outcomes, rowOf } = outcomesOf(values.obligations);
    try {
      await send(path, { ...body, rootCause: values.rootCause, lessonsLearned: values.lessonsLearned, obligations: outcomes }, method, true);
    } catch (error) {
      throw onFormRows(error, values.obligations, rowOf, h.close);
    }
    form.reset(values);
  };
  const save = submit(async (values) => {
    setClosing(false);
    await call(values, `/api/v1/incidents/${id}`, values.status === incident.status ? {} : { status: values.status }, "PATCH");
    return h.status.saved;
  });
  const close = submit(async (values) => {
    setClosing(true);
    const refusal = closeRefusal(incident, values, h.close);
    if (refusal) throw refusal;
    await call(values, `/api/v1/incidents/${id}/close`, {}, "POST");
    return h.close.closed;
  });

  // Closing is its own step below; the select offers the other moves (and reopening).
  const moves = incident.nextStatuses.filter((s) => s !== "closed");
  const statuses = [{ value: incident.status, label: h.status.current(t.status[incident.status]) }, ...moves.map((s) => ({ value: s, label: t.status[s] }))];
  const unsettled = open.filter((o, index) => !rows?.[index]?.choice).map((o) => t.obligationKind[o.kind]);

  return (
    <form onSubmit={save} noValidate className="grid gap-4">
      {closed ? <p className="text-sm text-gray-800">{h.close.closedNote}</p> : null}
      <div className="max-w-sm">
        <SelectField label={h.status.next} hint={closed ? undefined : h.status.nextHint} options={statuses} registration={form.register("status")} error={errors.status} />
      </div>
      <TextAreaField label={h.status.rootCause} hint={h.status.rootCauseHint} rows={4} maxLength={10_000} registration={form.register("rootCause")} error={errors.rootCause} />
      <TextAreaField label={h.status.lessonsLearned} rows={3} maxLength={10_000} registration={form.register("lessonsLearned")} error={errors.lessonsLearned} />
      {open.length ? (
        <div className="grid gap-3">
          <h3 className="text-base font-semibold text-gray-900">{h.close.obligations}</h3>
          <p className="text-sm text-gray-800">{h.close.obligationsHint}</p>
          {open.map((obligation, index) => (
            <ObligationOutcomeFields key={obligation.kind} index={index} obligation={obligation} choice={rows?.[index]?.choice ?? ""} register={form.register} errors={errors} t={t} h={h.close} />
          ))}
          <p className="text-sm font-medium text-gray-900" role="status" data-testid="obligations-open">
            {unsettled.length ? h.close.open(unsettled.join("; ")) : h.close.allHandled}
          </p>
        </div>
      ) : null}
      <FormMessage message={message} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant={closed ? "primary" : "secondary"} disabled={busy}>
          {busy && !closing ? common.saving : common.save}
        </Button>
        {closed ? null : (
          <Button onClick={close} disabled={busy}>
            {busy && closing ? h.close.submitting : h.close.submit}
          </Button>
        )}
      </div>
    </form>
  );
}
