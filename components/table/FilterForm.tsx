import Link from "next/link";
import type { ReactNode } from "react";
import { coreMessages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";

/** A GET form: filters land in the URL, so a filtered list can be bookmarked and shared. */
export async function FilterForm({ path, children, label }: { path: string; children: ReactNode; label: string }) {
  const t = await getMessages(coreMessages);
  return (
    <form method="get" action={path} role="search" aria-label={label} className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-gray-200 bg-white p-3">
      {children}
      <button type="submit" className="rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white hover:bg-blue-800">
        {t.common.filter}
      </button>
      <Link href={path} className="px-2 py-2 text-sm text-blue-800 underline">
        {t.common.clear}
      </Link>
    </form>
  );
}

// A select is as wide as its longest option: capped at the form's width on a phone.
const control = "mt-1 block max-w-full rounded-md border border-gray-400 bg-white px-2 py-1.5 text-sm text-gray-900";

// Label and control are tied by id (not by nesting), so the accessible name is the label alone.
const fieldId = (name: string) => `filter-${name}`;

export function FilterSelect({ name, label, value, options, allLabel }: { name: string; label: string; value?: string; options: { value: string; label: string }[]; allLabel: string }) {
  return (
    <div className="max-w-full text-sm font-medium text-gray-900">
      <label htmlFor={fieldId(name)}>{label}</label>
      <select id={fieldId(name)} name={name} defaultValue={value ?? ""} className={control}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FilterText({ name, label, value, type = "search" }: { name: string; label: string; value?: string; type?: "search" | "date" }) {
  return (
    <div className="max-w-full text-sm font-medium text-gray-900">
      <label htmlFor={fieldId(name)}>{label}</label>
      <input id={fieldId(name)} name={name} type={type} defaultValue={value ?? ""} className={control} />
    </div>
  );
}

export function FilterCheckbox({ name, label, checked }: { name: string; label: string; checked?: boolean }) {
  return (
    <label className="flex items-center gap-2 py-2 text-sm font-medium text-gray-900">
      <input type="checkbox" name={name} value="true" defaultChecked={checked} className="h-4 w-4" />
      {label}
    </label>
  );
}
