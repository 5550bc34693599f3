"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useId, useState } from "react";
import { useController, useForm } from "react-hook-form";
import type { z } from "zod";
import { FormFooter } from "@/components/form/FormFooter";
import { SelectField } from "@/components/form/fields";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { incidentHandlingMessages } from "@/lib/incidents/handling-messages";
import type { IncidentOption, RiskOption } from "@/lib/incidents/page-data";
import { incidentUpdateSchema, type IncidentView } from "@/lib/incidents/schema";
import { CheckboxGroup } from "./CheckboxGroup";
import { useIncident } from "./IncidentContext";

type Input = z.input<typeof incidentUpdateSchema>;
type Output = z.output<typeof incidentUpdateSchema>;

const defaults = (incident: IncidentView): Input => ({ riskIds: incident.riskIds, repeatOfId: incident.repeatOfId, version: incident.version });

interface Props {
  incident: IncidentView;
  risks: RiskOption[];
  earlier: IncidentOption[];
  /** "YYYY-MM-DD": the Stockholm day the incident occurred; a risk identified by then foresaw it. */
  occurredDay: string;
}

/** Risks that had identified this kind of event, and the earlier incident it repeats. */
export function RiskLinksForm({ incident, risks, earlier, occurredDay }: Props) {
  const h = useMessages(incidentHandlingMessages);
  const { id, send } = useIncident();
  const filterId = useId();
  const [filter, setFilter] = useState("");
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
  const selected = linked.field.value ?? [];
  const needle = filter.trim().toLowerCase();
  // The risks linked when the page loaded come first, so they are in view without scrolling.
  const shown = risks
    .filter((risk) => selected.includes(risk.id) || !needle || risk.title.toLowerCase().includes(needle))
    .sort((a, b) => Number(incident.riskIds.includes(b.id)) - Number(incident.riskIds.includes(a.id)));

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      {risks.length ? (
        <div>
          <label htmlFor={filterId} className="block text-sm font-medium text-gray-900">{h.risks.filter}</label>
          <input id={filterId} type="search" value={filter} onChange={(event) => setFilter(event.target.value)} onKeyDown={(event) => event.key === "Enter" && event.preventDefault()} className="mt-1 block w-full max-w-sm rounded-md border border-gray-400 bg-white px-3 py-2 text-sm text-gray-900" />
        </div>
      ) : (
        <p className="text-sm text-gray-700">{h.risks.noRisks}</p>
      )}
      <div className="max-h-80 overflow-y-auto">
        <CheckboxGroup
          legend={h.risks.linked}
          options={shown.map((risk) => ({
            value: risk.id,
            label: (
              <>
                {risk.title} <span className="text-gray-700">({h.risks.identified(risk.identifiedAt)}, {risk.identifiedAt <= occurredDay ? h.risks.wouldForesee : h.risks.after})</span>
              </>
            ),
          }))}
          value={selected}
          onChange={linked.field.onChange}
          error={errors.riskIds?.message}
        />
      </div>
      <div className="max-w-xl">
        <SelectField
          label={h.risks.repeatOf}
          emptyLabel={h.risks.noRepeat}
          options={earlier.map((i) => ({ value: i.id, label: `${i.reference} – ${i.title}` }))}
          registration={form.register("repeatOfId", { setValueAs: (v) => v || null })}
          error={errors.repeatOfId}
        />
      </div>
      <FormFooter submitting={form.formState.isSubmitting} message={message} />
    </form>
  );
}
