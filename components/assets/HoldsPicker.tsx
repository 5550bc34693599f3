"use client";
import { useId, useState } from "react";
import { useMessages } from "@/lib/i18n/client";
import { assetMessages } from "@/lib/assets/messages";

export interface HoldOption {
  id: string;
  name: string;
  protectionLevel: number | null;
}

/**
 * The information sets a system or service holds: a filter box and a list of checkboxes (Tab and
 * Space work; the filter only narrows what is shown, ticked items stay ticked).
 */
export function HoldsPicker({ options, value, onChange, error }: { options: HoldOption[]; value: string[]; onChange: (ids: string[]) => void; error?: string }) {
  const t = useMessages(assetMessages);
  const id = useId();
  const [filter, setFilter] = useState("");
  const needle = filter.trim().toLowerCase();
  const shown = options.filter((option) => value.includes(option.id) || !needle || option.name.toLowerCase().includes(needle)).slice(0, 200);
  const toggle = (optionId: string, checked: boolean) => onChange(checked ? [...value, optionId] : value.filter((v) => v !== optionId));
  return (
    <fieldset className="rounded-lg border border-gray-200 p-3" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="px-1 text-sm font-medium text-gray-900">{t.form.holdsLegend}</legend>
      {options.length === 0 ? (
        <p className="text-sm text-gray-800">{t.form.holdsNone}</p>
      ) : (
        <>
          <label htmlFor={`${id}-filter`} className="block text-sm text-gray-900">
            {t.form.holdsFilter}
          </label>
          <input
            id={`${id}-filter`}
            type="search"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            onKeyDown={(event) => event.key === "Enter" && event.preventDefault()}
            className="mt-1 block w-full rounded-md border border-gray-400 bg-white px-3 py-2 text-sm text-gray-900"
          />
          <ul className="mt-2 grid max-h-64 gap-1 overflow-y-auto">
            {shown.map((option) => (
              <li key={option.id}>
                <label className="flex items-center gap-2 text-sm text-gray-900">
                  <input type="checkbox" className="h-4 w-4" checked={value.includes(option.id)} onChange={(event) => toggle(option.id, event.target.checked)} />
                  {option.name}
                  {option.protectionLevel !== null ? <span className="text-gray-800">({t.fields.protectionLevel.toLowerCase()} {option.protectionLevel})</span> : null}
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
