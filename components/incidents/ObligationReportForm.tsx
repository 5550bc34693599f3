"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormMessage, TextField } from "@/components/form/fields";
import { Button } from "@/components/ui/Button";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { incidentHandlingMessages } from "@/lib/incidents/handling-messages";
import { incidentMessages } from "@/lib/incidents/messages";
import { obligationReportSchema, type ObligationKind } from "@/lib/incidents/schema";
import { useIncident } from "./IncidentContext";
import { localInputValue, wallClockField } from "./wall-clock";

const formSchema = (message: string) => obligationReportSchema.extend({ reportedAt: wallClockField(message) });
type Schema = ReturnType<typeof formSchema>;

/** Records that the report to the authority (IMY, CERT-SE) was made: when, and the authority's reference. */
export function ObligationReportForm({ kind }: { kind: ObligationKind }) {
  const t = useMessages(incidentMessages);
  const h = useMessages(incidentHandlingMessages).obligations;
  const { id, send } = useIncident();
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(formSchema(t.form.dateRequired)),
    defaultValues: { reportedAt: localInputValue(new Date()), reference: "", version: 1 },
  });
  const { message, submit } = useApiSubmit(form, { conflict: true });
  const errors = form.formState.errors;
  const onSubmit = submit(async (values) => {
    await send(`/api/v1/incidents/${id}/obligations/${kind}`, { reportedAt: values.reportedAt, reference: values.reference });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-[auto_1fr_auto] sm:items-end">
      <TextField label={h.reportedAt} type="datetime-local" registration={form.register("reportedAt")} error={errors.reportedAt} />
      <TextField label={h.reference} registration={form.register("reference")} error={errors.reference} />
      <Button type="submit" disabled={form.formState.isSubmitting}>{h.record}</Button>
      <div className="sm:col-span-3">
        <FormMessage message={message} />
      </div>
    </form>
  );
}
