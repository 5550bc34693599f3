"use client";
import { useFormContext, useWatch } from "react-hook-form";
import { RecordPicker } from "@/components/form/RecordPicker";
import { SelectField, TextField } from "@/components/form/fields";
import { useMessages } from "@/lib/i18n/client";
import { maturityMessages } from "@/lib/maturity/messages";
import { EVIDENCE_TYPES } from "@/lib/maturity/schema";
import type { DialogueValues } from "./form-values";
import { RemoveRowButton } from "./RowButtons";

/** One piece of evidence: its type, the record searched by title (never an id to paste), a description. */
export function EvidenceRow({ index, row, onRemove }: { index: number; row: number; onRemove: () => void }) {
  const t = useMessages(maturityMessages);
  const { register, setValue, getValues, formState } = useFormContext<DialogueValues>();
  const path = `entries.${index}.evidence.${row}` as const;
  const type = useWatch<DialogueValues, `${typeof path}.type`>({ name: `${path}.type` });
  const errors = formState.errors.entries?.[index]?.evidence?.[row];
  const { ref, label } = getValues(path);
  const types = EVIDENCE_TYPES.map((value) => ({ value, label: t.evidenceTypes[value] }));
  return (
    <div className="grid items-start gap-2 rounded-md border border-gray-200 p-2 sm:grid-cols-[1fr_2fr_2fr_auto]">
      <SelectField
        label={t.dialog.evidenceType(row + 1)}
        options={types}
        registration={register(`${path}.type`, { onChange: () => setValue(`${path}.ref`, "", { shouldDirty: true }) })}
        error={errors?.type}
      />
      <RecordPicker
        key={type}
        legend={t.dialog.evidenceRef(row + 1)}
        endpoint={`/api/v1/records/options?type=${type}`}
        initial={ref ? [{ id: ref, name: label || ref }] : []}
        onChange={(next) => {
          setValue(`${path}.ref`, next[0]?.id ?? "", { shouldDirty: true });
          if (next[0] && !getValues(`${path}.label`)) setValue(`${path}.label`, next[0].name, { shouldDirty: true });
        }}
        error={errors?.ref?.message}
      />
      <TextField label={t.dialog.evidenceLabel(row + 1)} registration={register(`${path}.label`)} error={errors?.label} />
      <RemoveRowButton label={t.dialog.removeEvidence(row + 1)} onClick={onRemove} />
    </div>
  );
}
