"use client";
import { useFieldArray, useFormContext } from "react-hook-form";
import { TextField } from "@/components/form/fields";
import { MsbAdvice, MsbAttribution, MsbLevelTable } from "@/components/maturity/MsbText";
import { useMessages } from "@/lib/i18n/client";
import { maturityMessages } from "@/lib/maturity/messages";
import { MSB_ASPECT_HEADINGS, MSB_GENERAL_LEVELS, MSB_GENERAL_LEVELS_HEADING } from "@/lib/maturity/msb-model";
import type { DialogueValues } from "./form-values";
import { AddRowButton, RemoveRowButton } from "./RowButtons";

/** Step 1: title, date, facilitator and participants, with MSB's advice and the general levels. */
export function StartStep() {
  const t = useMessages(maturityMessages);
  const { register, formState } = useFormContext<DialogueValues>();
  const errors = formState.errors;
  const participants = useFieldArray<DialogueValues, "participants">({ name: "participants" });
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
      <div className="grid min-w-0 grid-cols-1 content-start gap-4">
        <TextField label={t.fields.title} required registration={register("title")} error={errors.title} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label={t.fields.heldAt} type="date" required registration={register("heldAt")} error={errors.heldAt} />
          <TextField label={t.fields.facilitator} registration={register("facilitator")} error={errors.facilitator} />
        </div>
        <fieldset className="grid gap-2">
          <legend className="text-sm font-semibold text-gray-900">{t.fields.participants}</legend>
          {participants.fields.map((field, index) => (
            <div key={field.id} className="flex items-start gap-2">
              <div className="flex-1">
                <TextField label={t.fields.participant(index + 1)} registration={register(`participants.${index}.name`)} error={errors.participants?.[index]?.name} />
              </div>
              <RemoveRowButton label={t.dialog.removeParticipant(index + 1)} onClick={() => participants.remove(index)} />
            </div>
          ))}
          <AddRowButton label={t.dialog.addParticipant} onClick={() => participants.append({ name: "" })} />
        </fieldset>
      </div>
      <div className="self-start">
        <MsbAdvice heading={t.dialog.adviceHeading} />
      </div>
      <section className="min-w-0 lg:col-span-2">
        <h3 className="mb-2 font-semibold text-gray-900">
          {t.dialog.generalHeading}: <span lang="sv">{MSB_GENERAL_LEVELS_HEADING}</span>
        </h3>
        <MsbLevelTable caption={MSB_GENERAL_LEVELS_HEADING} levels={MSB_GENERAL_LEVELS} rowLabels={MSB_ASPECT_HEADINGS} t={t} compact />
        <MsbAttribution t={t} />
      </section>
    </div>
  );
}
