"use client";
import { useId, type ReactNode } from "react";

interface Props {
  legend: string;
  options: { value: string; label: ReactNode }[];
  value: string[];
  onChange: (value: string[]) => void;
  hint?: string;
  error?: string;
  /** Large rows for touch screens (the reporting form). */
  large?: boolean;
  /** Visually hide the legend (when a heading already names the group). */
  hideLegend?: boolean;
}

/** A group of checkboxes for a list value (categories, risks), in a fieldset with a legend. */
export function CheckboxGroup({ legend, options, value, onChange, hint, error, large, hideLegend }: Props) {
  const id = useId();
  const toggle = (option: string, checked: boolean) => onChange(checked ? [...value, option] : value.filter((v) => v !== option));
  return (
    <fieldset aria-describedby={[hint ? `${id}-hint` : "", error ? `${id}-error` : ""].join(" ").trim() || undefined}>
      <legend className={hideLegend ? "sr-only" : "text-sm font-medium text-gray-900"}>{legend}</legend>
      {hint ? <p id={`${id}-hint`} className="mt-1 text-xs text-gray-700">{hint}</p> : null}
      <ul className={`mt-1 grid gap-1 ${large ? "" : "sm:grid-cols-2"}`}>
        {options.map((option) => (
          <li key={option.value}>
            <label className={`flex cursor-pointer items-start gap-3 rounded-md ${large ? "min-h-11 border border-gray-300 px-3 py-2.5 text-base" : "py-1 text-sm"} text-gray-900`}>
              <input
                type="checkbox"
                className={large ? "mt-0.5 h-5 w-5 shrink-0" : "mt-0.5 h-4 w-4 shrink-0"}
                checked={value.includes(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
              <span>{option.label}</span>
            </label>
          </li>
        ))}
      </ul>
      {error ? <p id={`${id}-error`} className="mt-1 text-sm text-red-700">{error}</p> : null}
    </fieldset>
  );
}
