"use client";
import { useFieldArray, useFormContext } from "react-hook-form";
import { SelectField, TextAreaField, TextField } from "@/components/form/fields";
import { useMessages } from "@/lib/i18n/client";
import { maturityMessages } from "@/lib/maturity/messages";
import type { PerspectiveKey } from "@/lib/maturity/msb-model";
import { PROPOSAL_HORIZONS } from "@/lib/maturity/schema";
import type { DialogueValues } from "./form-values";
import { AddRowButton, RemoveRowButton } from "./RowButtons";

/** The improvement proposals of one perspective (vad / hur / vem / tidshorisont). */
export function ProposalsField({ perspective }: { perspective: PerspectiveKey }) {
  const t = useMessages(maturityMessages);
  const { register, formState } = useFormContext<DialogueValues>();
  const proposals = useFieldArray<DialogueValues, "proposals">({ name: "proposals" });
  const errors = formState.errors.proposals;
  const horizons = PROPOSAL_HORIZONS.map((h) => ({ value: h, label: t.horizon[h] }));
  const own = proposals.fields.map((field, index) => ({ field, index })).filter(({ field }) => field.perspective === perspective);
  return (
    <section className="grid gap-2" aria-labelledby={`proposals-${perspective}`}>
      <h3 id={`proposals-${perspective}`} className="text-base font-semibold text-gray-900">{t.dialog.proposalsHeading}</h3>
      {own.length === 0 ? <p className="text-sm text-gray-700">{t.dialog.noProposals}</p> : null}
      {own.map(({ field, index }, n) => (
        <fieldset key={field.id} className="grid gap-2 rounded-md border border-gray-200 p-3">
          <legend className="px-1 text-sm font-semibold text-gray-900">{t.dialog.proposal(n + 1)}</legend>
          <TextField label={t.dialog.what} required registration={register(`proposals.${index}.what`)} error={errors?.[index]?.what} />
          <TextAreaField label={t.dialog.how} rows={2} registration={register(`proposals.${index}.how`)} error={errors?.[index]?.how} />
          <div className="grid gap-2 sm:grid-cols-2">
            <TextField label={t.dialog.who} registration={register(`proposals.${index}.who`)} error={errors?.[index]?.who} />
            <SelectField label={t.dialog.horizon} options={horizons} registration={register(`proposals.${index}.horizon`)} error={errors?.[index]?.horizon} />
          </div>
          <div className="flex justify-end">
            <RemoveRowButton label={t.dialog.removeProposal(n + 1)} onClick={() => proposals.remove(index)} />
          </div>
        </fieldset>
      ))}
      <AddRowButton label={t.dialog.addProposal} onClick={() => proposals.append({ perspective, what: "", how: "", who: "", horizon: "0-6" })} />
    </section>
  );
}
