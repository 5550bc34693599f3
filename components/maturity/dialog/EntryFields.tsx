"use client";
import { useFieldArray, useFormContext } from "react-hook-form";
import { TextAreaField, TextField } from "@/components/form/fields";
import { useMessages } from "@/lib/i18n/client";
import { maturityMessages } from "@/lib/maturity/messages";
import { ASPECT_KEYS } from "@/lib/maturity/msb-model";
import type { DialogueValues } from "./form-values";
import { EvidenceRow } from "./EvidenceRow";
import { AddRowButton, RemoveRowButton } from "./RowButtons";

const legend = "text-base font-semibold text-gray-900";

/** "Varför?": the reasons for the level, one bullet per reason. */
export function ReasonsField({ index }: { index: number }) {
  const t = useMessages(maturityMessages);
  const { register, formState } = useFormContext<DialogueValues>();
  const reasons = useFieldArray<DialogueValues, `entries.${number}.reasons`>({ name: `entries.${index}.reasons` });
  const errors = formState.errors.entries?.[index]?.reasons;
  return (
    <fieldset className="grid gap-2">
      <legend className={legend}>{t.dialog.reasonsHeading}</legend>
      <p className="text-sm text-gray-700">{t.dialog.reasonsHint}</p>
      <ul className="grid gap-2">
        {reasons.fields.map((field, row) => (
          <li key={field.id} className="flex items-start gap-2">
            <div className="flex-1">
              <TextField label={t.dialog.reason(row + 1)} registration={register(`entries.${index}.reasons.${row}.text`)} error={errors?.[row]?.text} />
            </div>
            <RemoveRowButton label={t.dialog.removeReason(row + 1)} onClick={() => reasons.remove(row)} />
          </li>
        ))}
      </ul>
      <AddRowButton label={t.dialog.addReason} onClick={() => reasons.append({ text: "" })} />
    </fieldset>
  );
}

/** Notes per MSB aspect (kännetecken/kultur … följa upp, lära och förbättra). */
export function AspectNotesField({ index }: { index: number }) {
  const t = useMessages(maturityMessages);
  const { register, formState } = useFormContext<DialogueValues>();
  const errors = formState.errors.entries?.[index]?.aspectNotes;
  return (
    <fieldset className="grid gap-2">
      <legend className={legend}>{t.dialog.notesHeading}</legend>
      {ASPECT_KEYS.map((aspect) => (
        <TextAreaField key={aspect} rows={2} label={t.aspects[aspect]} registration={register(`entries.${index}.aspectNotes.${aspect}`)} error={errors?.[aspect]} />
      ))}
    </fieldset>
  );
}

/** Links to register records that support the level (optional). */
export function EvidenceField({ index }: { index: number }) {
  const t = useMessages(maturityMessages);
  const evidence = useFieldArray<DialogueValues, `entries.${number}.evidence`>({ name: `entries.${index}.evidence` });
  return (
    <fieldset className="grid gap-2">
      <legend className={legend}>{t.dialog.evidenceHeading}</legend>
      <p className="text-sm text-gray-700">{t.dialog.evidenceHint}</p>
      {evidence.fields.map((field, row) => (
        <EvidenceRow key={field.id} index={index} row={row} onRemove={() => evidence.remove(row)} />
      ))}
      <AddRowButton label={t.dialog.addEvidence} onClick={() => evidence.append({ type: "action", ref: "", label: "" })} />
    </fieldset>
  );
}
