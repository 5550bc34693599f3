"use client";
import { useId, useState, type ChangeEvent, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import type { FormNote } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { coreMessages } from "@/lib/i18n/messages";
import { useSchemaLimit } from "./FormLimits";

const control =
  "mt-1 block w-full rounded-md border border-gray-400 bg-white px-3 py-2 text-sm text-gray-900 aria-[invalid=true]:border-red-600";

interface FieldProps {
  label: string;
  /** The schema's limit: the browser stops there, and a counter appears as the text nears it. */
  maxLength?: number;
  error?: FieldError;
  hint?: ReactNode;
  required?: boolean;
  registration: UseFormRegisterReturn;
}

// The counter shows from this share of the limit, so short texts stay uncluttered.
const COUNTER_FROM = 0.8;

/** Keeps the text's length as the person types, for the counter; the registration still gets every event. */
function useLength(registration: UseFormRegisterReturn, maxLength?: number) {
  const [length, setLength] = useState(0);
  if (!maxLength) return { length: 0, registration };
  return {
    length,
    registration: {
      ...registration,
      ref: (element: HTMLInputElement | HTMLTextAreaElement | null) => {
        registration.ref(element);
        if (element) setLength(element.value.length);
      },
      onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
        setLength(event.target.value.length);
        return registration.onChange(event);
      },
    },
  };
}

/** The field's limit (its own, or its form's schema's) and the length typed so far. */
function useTextLimit(registration: UseFormRegisterReturn, given?: number) {
  const schemaLimit = useSchemaLimit(registration.name);
  const maxLength = given ?? schemaLimit;
  return { maxLength, ...useLength(registration, maxLength) };
}

function Counter({ length, maxLength }: { length: number; maxLength?: number }) {
  const t = useMessages(coreMessages);
  if (!maxLength || length < maxLength * COUNTER_FROM) return null;
  return (
    <p aria-live="polite" className={`mt-1 text-xs ${length >= maxLength ? "font-medium text-red-700" : "text-gray-700"}`}>
      {t.common.characters(length, maxLength)}
    </p>
  );
}

/** Label, control, hint and error wired together for screen readers. */
function Field({ label, error, hint, required, children }: Omit<FieldProps, "registration" | "maxLength"> & { children: (ids: { id: string; describedBy?: string }) => ReactNode }) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-gray-900">
        {label}
        {required ? <span aria-hidden="true" className="text-red-700"> *</span> : null}
      </label>
      {children({ id, describedBy })}
      {hint ? (
        <p id={hintId} className="mt-1 text-xs text-gray-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {error.message}
        </p>
      ) : null}
    </div>
  );
}

export function TextField({ registration, type = "text", ...props }: FieldProps & Pick<InputHTMLAttributes<HTMLInputElement>, "type" | "autoComplete" | "inputMode" | "placeholder">) {
  const { label, error, hint, required, maxLength: given, ...inputProps } = props;
  const { maxLength, ...counted } = useTextLimit(registration, given);
  return (
    <Field label={label} error={error} hint={hint} required={required}>
      {({ id, describedBy }) => (
        <>
          <input id={id} type={type} className={control} aria-invalid={!!error} aria-describedby={describedBy} aria-required={required} maxLength={maxLength} {...inputProps} {...counted.registration} />
          <Counter length={counted.length} maxLength={maxLength} />
        </>
      )}
    </Field>
  );
}

export function TextAreaField({ registration, rows = 3, ...props }: FieldProps & Pick<TextareaHTMLAttributes<HTMLTextAreaElement>, "rows">) {
  const { label, error, hint, required, maxLength: given } = props;
  const { maxLength, ...counted } = useTextLimit(registration, given);
  return (
    <Field label={label} error={error} hint={hint} required={required}>
      {({ id, describedBy }) => (
        <>
          <textarea id={id} rows={rows} className={control} aria-invalid={!!error} aria-describedby={describedBy} aria-required={required} maxLength={maxLength} {...counted.registration} />
          <Counter length={counted.length} maxLength={maxLength} />
        </>
      )}
    </Field>
  );
}

export function SelectField({
  registration,
  options,
  emptyLabel,
  ...props
}: FieldProps & { options: { value: string; label: string }[]; emptyLabel?: string } & Pick<SelectHTMLAttributes<HTMLSelectElement>, "multiple">) {
  const { label, error, hint, required, multiple } = props;
  return (
    <Field label={label} error={error} hint={hint} required={required}>
      {({ id, describedBy }) => (
        <select id={id} multiple={multiple} className={control} aria-invalid={!!error} aria-describedby={describedBy} aria-required={required} {...registration}>
          {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckboxField({ label, registration, hint }: { label: string; registration: UseFormRegisterReturn; hint?: string }) {
  const id = useId();
  return (
    <div className="flex items-start gap-2">
      <input id={id} type="checkbox" className="mt-1 h-4 w-4" aria-describedby={hint ? `${id}-hint` : undefined} {...registration} />
      <div>
        <label htmlFor={id} className="text-sm font-medium text-gray-900">
          {label}
        </label>
        {hint ? (
          <p id={`${id}-hint`} className="text-xs text-gray-700">
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** The form-level message after submit (role=alert so it is announced); a FormNote brings its own tone. */
export function FormMessage({ message, tone = "error" }: { message?: string | FormNote | null; tone?: FormNote["tone"] }) {
  if (!message) return null;
  const note = typeof message === "string" ? { text: message, tone } : message;
  return (
    <p role={note.tone === "error" ? "alert" : "status"} className={note.tone === "error" ? "text-sm text-red-700" : "text-sm text-green-800"}>
      {note.text}
    </p>
  );
}
