"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import type { OptionsAnswer, RecordOption } from "@/lib/api/options";
import { apiFetch } from "@/lib/client/api";
import { useMessages } from "@/lib/i18n/client";
import { coreMessages } from "@/lib/i18n/messages";

interface Props<T extends RecordOption> {
  /** What is picked (the fieldset's legend). */
  legend: string;
  /** An options endpoint answering `{ items }` (GET /api/v1/<resource>/options…); `q` and `take` are added. */
  endpoint: string;
  /** Several records (checkboxes), or one (radio buttons: choosing another replaces it). */
  multiple?: boolean;
  /** What is chosen when the form opens, with names (the page looks them up once). */
  initial?: T[];
  onChange?: (value: T[]) => void;
  /** In a plain GET form (the list filters): the chosen ids are sent under this name. */
  name?: string;
  searchLabel?: string;
  hint?: string;
  noHits?: string;
  error?: string;
  /** Text after a name, in the results and among the chosen (a level, a date). */
  describe?: (option: T) => ReactNode;
  /** The larger legend of a form read on a phone (the incident report). */
  large?: boolean;
}

const TAKE = 20;
const withSearch = (endpoint: string, q: string) => `${endpoint}${endpoint.includes("?") ? "&" : "?"}q=${encodeURIComponent(q)}&take=${TAKE}`;

/** Debounced: the server is asked once the person pauses typing. */
function useSearchText(delay = 250) {
  const [text, setText] = useState("");
  const [q, setQ] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), delay);
    return () => clearTimeout(timer);
  }, [text, delay]);
  return { text, setText, q };
}

/** Arrow keys move between the results; Enter in the search box never submits the form. */
function useResultKeys() {
  const results = useRef<HTMLUListElement>(null);
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") event.preventDefault();
    if (event.key === "ArrowDown") {
      event.preventDefault();
      results.current?.querySelector("input")?.focus();
    }
  };
  const onResultsKey = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const boxes = [...(results.current?.querySelectorAll("input") ?? [])];
    const index = boxes.indexOf(document.activeElement as HTMLInputElement);
    if (index < 0) return;
    event.preventDefault();
    boxes[Math.min(boxes.length - 1, Math.max(0, index + (event.key === "ArrowDown" ? 1 : -1)))]?.focus();
  };
  return { results, onSearchKey, onResultsKey };
}

/**
 * The server-searched picker of every register: type, and a page of matching names comes from the
 * register's options endpoint, so no page ever loads a whole register into a <select>. Results are
 * checkboxes (or radio buttons for one record): Tab, Space and the arrow keys work without a mouse.
 */
export function RecordPicker<T extends RecordOption>({ legend, endpoint, multiple = false, initial = [], onChange, name, searchLabel, hint, noHits, error, describe, large }: Props<T>) {
  const t = useMessages(coreMessages).picker;
  const id = useId();
  const [chosen, setChosen] = useState<T[]>(initial);
  const { text, setText, q } = useSearchText();
  const { results, onSearchKey, onResultsKey } = useResultKeys();
  const search = useQuery({
    queryKey: ["record-options", endpoint, q],
    queryFn: () => apiFetch<OptionsAnswer<T>>(withSearch(endpoint, q)),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
  const hits = q ? (search.data?.items ?? []) : [];
  const choose = (option: T, on: boolean) => {
    const others = chosen.filter((c) => c.id !== option.id);
    const next = !on ? others : multiple ? [...others, option] : [option];
    setChosen(next);
    onChange?.(next);
  };

  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend className={`${large ? "text-base" : "text-sm"} font-medium text-gray-900`}>{legend}</legend>
      {name ? chosen.map((option) => <input key={option.id} type="hidden" name={name} value={option.id} />) : null}
      {chosen.length > 0 ? (
        <div className="mt-2">
          <p className="text-sm text-gray-800" id={`${id}-selected`}>{t.selected}:</p>
          <ul className="mt-1 flex flex-wrap gap-2" aria-labelledby={`${id}-selected`}>
            {chosen.map((option) => (
              <li key={option.id} className="flex min-h-11 items-center gap-1 rounded-md border border-blue-300 bg-blue-50 pl-3 text-sm text-gray-900">
                {option.name}
                {describe ? <span className="text-gray-800">{describe(option)}</span> : null}
                <button type="button" className="min-h-11 min-w-11 rounded-md px-2 text-lg text-blue-900 hover:bg-blue-100" aria-label={t.remove(option.name)} onClick={() => choose(option, false)}>
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <label htmlFor={`${id}-search`} className="mt-3 block text-sm font-medium text-gray-900">
        {searchLabel ?? t.searchFor(legend)}
      </label>
      <input
        id={`${id}-search`}
        type="search"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onSearchKey}
        aria-describedby={`${id}-hint ${id}-status`}
        aria-invalid={error ? true : undefined}
        autoComplete="off"
        className="mt-1 block min-h-11 w-full rounded-md border border-gray-400 bg-white px-3 py-2 text-base text-gray-900 aria-[invalid=true]:border-red-600"
      />
      <p id={`${id}-hint`} className="mt-1 text-xs text-gray-700">{hint ?? t.hint}</p>
      <p id={`${id}-status`} role="status" className="mt-1 text-sm text-gray-800">
        {q && !search.isFetching ? (hits.length ? t.hits(hits.length) : (noHits ?? t.noHits)) : ""}
      </p>
      {hits.length > 0 ? (
        <ul ref={results} onKeyDown={onResultsKey} className="mt-1 grid max-h-72 gap-1 overflow-y-auto" aria-label={searchLabel ?? t.searchFor(legend)}>
          {hits.map((option) => (
            <li key={option.id}>
              <label className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-gray-300 px-3 py-2 text-base text-gray-900">
                <input
                  type={multiple ? "checkbox" : "radio"}
                  className="h-5 w-5 shrink-0"
                  checked={chosen.some((c) => c.id === option.id)}
                  onChange={(event) => choose(option, event.target.checked)}
                />
                <span>
                  {option.name}
                  {describe ? <span className="text-gray-800"> {describe(option)}</span> : null}
                </span>
              </label>
            </li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
