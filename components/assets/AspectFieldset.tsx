"use client";
import { useId } from "react";
import type { Aspect, ClassificationModel } from "@/lib/classification/schema";
import { useMessages } from "@/lib/i18n/client";
import { assetMessages } from "@/lib/assets/messages";

interface Props {
  aspect: Aspect;
  model: ClassificationModel;
  value: number | null | undefined;
  onChange: (value: number | null) => void;
  /** Whether the asset needs this aspect to count as classified (otherwise "not assessed" is offered). */
  required: boolean;
  error?: string;
  /** Focus target when the form points at this aspect's error (react-hook-form's field ref). */
  inputRef?: (element: HTMLInputElement | null) => void;
  /** The motivation field, rendered under the levels. */
  children: React.ReactNode;
}

/**
 * One aspect of the guided classification: each level of the organisation's model as a radio
 * button with its name and criteria text (a native group, so the arrow keys move between levels).
 */
export function AspectFieldset({ aspect, model, value, onChange, required, error, inputRef, children }: Props) {
  const t = useMessages(assetMessages);
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  const name = `${id}-level`;
  const option = (key: string, checked: boolean, select: () => void, label: string, criteria?: string, flagged?: boolean, first?: boolean) => (
    <li key={key} className={`flex gap-3 rounded-md border p-3 ${checked ? "border-blue-700 bg-blue-50" : "border-gray-300 bg-white"}`}>
      <input
        id={`${id}-${key}`}
        type="radio"
        name={name}
        ref={first ? inputRef : undefined}
        className="mt-1 h-4 w-4 shrink-0"
        checked={checked}
        onChange={select}
        aria-describedby={[criteria ? `${id}-${key}-criteria` : null, errorId].filter(Boolean).join(" ") || undefined}
        aria-invalid={error ? true : undefined}
      />
      <div>
        <label htmlFor={`${id}-${key}`} className="block cursor-pointer text-sm font-semibold text-gray-900">
          {label}
        </label>
        {criteria ? (
          <p id={`${id}-${key}-criteria`} className="mt-0.5 text-sm text-gray-800">
            {criteria}
            {flagged ? <span className="ml-1 font-medium text-red-800">({t.classifyForm.securityWarningTitle})</span> : null}
          </p>
        ) : null}
      </div>
    </li>
  );
  return (
    <fieldset className="grid gap-3 rounded-lg border border-gray-200 bg-white p-4">
      <legend className="px-1 text-lg font-semibold text-gray-900">
        {t.aspects[aspect]}
        {required ? null : <span className="ml-1 text-sm font-normal text-gray-800">{t.classifyForm.optional}</span>}
      </legend>
      <ul className="grid gap-2">
        {model.levels.map((level) =>
          option(String(level.value), value === level.value, () => onChange(level.value), t.classifyForm.levelOption(level.value, level.name), level.criteria[aspect], level.securityProtection, level.value === 0),
        )}
        {required ? null : option("none", value === null || value === undefined, () => onChange(null), t.classifyForm.notAssessed)}
      </ul>
      {error ? (
        <p id={errorId} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}
