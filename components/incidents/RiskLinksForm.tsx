"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect } from "react";
import { useController, useForm } from "react-hook-form";
import type { z } from "zod";
import { FormFooter } from "@/components/form/FormFooter";
import { RecordPicker } from "@/components/form/RecordPicker";
import { SelectField } from "@/components/form/fields";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { incidentHandlingMessages } from "@/lib/incidents/messages";
import type { IncidentOption } from "@/lib/incidents/page-data";
import { incidentUpdateSchema, type IncidentView } from "@/lib/incidents/schema";
import type { RiskOption } from "@/lib/risks/schema";
import { useIncident } from "./IncidentContext";

type Input = z.input<typeof incidentUpdateSchema>;
type Output = z.output<typeof incidentUpdateSchema>;

const defaults = (incident: IncidentView): Input => ({ riskIds: incident.riskIds, repeatOfId: incident.repeatOfId, version: incident.version });

interface Props {
  incident: IncidentView;
  earlier: IncidentOption[];
  /** "YYYY-MM-DD": the Stockholm day the incident occurred; a risk identified by then foresaw it. */
  occurredDay: string;
}

/** Risks that had identified this kind of event, and the earlier incident it repeats. */
export function RiskLinksForm({ incident, earlier, occurredDay }: Props) {
  const h = useMessages(incidentHandlingMessages);
  const { id, send } = useIncident();
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(incidentUpdateSchema), defaultValues: defaults(incident) });
  const { message, submit } = useApiSubmit(form, { conflict: true });
  const linked = useController({ control: form.control, name: "riskIds" });
  const errors = form.formState.errors;
  useEffect(() => {
    if (!form.formState.isDirty) form.reset(defaults(incident));
  }, [incident.version]);

  const onSubmit = submit(async (values) => {
    await send(`/api/v1/incidents/${id}`, { riskIds: values.riskIds, repeatOfId: values.repeatOfId ?? null });
    form.reset(form.getValues());
    return h.risks.saved;
  });
  const initial = incident.risks.map((risk): RiskOption => ({ id: risk.id, name: risk.title, identifiedAt: risk.identifiedAt }));

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <RecordPicker<RiskOption>
        legend={h.risks.linked}
        endpoint="/api/v1/risks/options"
        multiple
        initial={initial}
        onChange={(next) => linked.field.onChange(next.map((risk) => risk.id))}
        searchLabel={h.risks.filter}
        noHits={h.risks.noRisks}
        describe={(risk) => `(${h.risks.identified(risk.identifiedAt)}, ${risk.identifiedAt <= occurredDay ? h.risks.wouldForesee : h.risks.after})`}
        error={errors.riskIds?.message}
      />
      <div className="max-w-xl">
        <SelectField
          label={h.risks.repeatOf}
          emptyLabel={h.risks.noRepeat}
          options={earlier.map((i) => ({ value: i.id, label: `${i.reference} – ${i.title}` }))}
          registration={form.register("repeatOfId", { setValueAs: (v) => v || null })}
          error={errors.repeatOfId}
        />
      </div>
      <FormFooter submitting={form.formState.isSubmitting} message={message} submitLabel={h.risks.submit} />
    </form>
  );
}
