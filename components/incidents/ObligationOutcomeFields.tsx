"use client";
import { useId } from "react";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { TextAreaField, TextField } from "@/components/form/fields";
import { formatDateTime } from "@/lib/format";
import type { IncidentHandlingMessages, IncidentMessages } from "@/lib/incidents/messages";
import { MOTIVATION_MAX, type ObligationView } from "@/lib/incidents/schema";
import type { InvestigationValues } from "./investigation-form";

interface Props {
  index: number;
  obligation: ObligationView;
  choice: string;
  register: UseFormRegister<InvestigationValues>;
  errors: FieldErrors<InvestigationValues>;
  t: IncidentMessages;
  h: IncidentHandlingMessages["close"];
}

/** One open obligation: reported (when, reference) or not reportable (why), in a group named by the obligation. */
export function ObligationOutcomeFields({ index, obligation, choice, register, errors, t, h }: Props) {
  const id = useId();
  const error = errors.obligations?.[index];
  const name = `obligations.${index}` as const;
  return (
    <fieldset className="grid gap-3 rounded-md border border-gray-200 p-3" aria-describedby={error?.choice ? `${id}-error` : undefined} data-obligation={obligation.kind}>
      <legend className="px-1 text-sm font-medium text-gray-900">
        {t.obligationKind[obligation.kind]} <span className="font-normal text-gray-800">({h.due(formatDateTime(obligation.dueAt))})</span>
      </legend>
      <div className="flex flex-wrap gap-x-6 gap-y-1">
        {(["reported", "not_reportable"] as const).map((value) => (
          <label key={value} className="flex items-center gap-2 py-1 text-sm text-gray-900">
            <input type="radio" value={value} className="h-4 w-4" aria-invalid={!!error?.choice} {...register(`${name}.choice`)} />
            {value === "reported" ? h.reported : h.notReportable}
          </label>
        ))}
      </div>
      {error?.choice ? <p id={`${id}-error`} className="text-sm text-red-700">{error.choice.message}</p> : null}
      {choice === "reported" ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField label={h.reportedAt} type="datetime-local" registration={register(`${name}.reportedAt`)} error={error?.reportedAt} />
          <TextField label={h.reference} maxLength={200} registration={register(`${name}.reference`)} error={error?.reference} />
        </div>
      ) : null}
      {choice === "not_reportable" ? (
        <TextAreaField label={h.motivation} hint={h.motivationHint} rows={2} maxLength={MOTIVATION_MAX} registration={register(`${name}.motivation`)} error={error?.motivation} />
      ) : null}
    </fieldset>
  );
}
