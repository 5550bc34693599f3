"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { apiFetch } from "@/lib/client/api";
import { useMessages } from "@/lib/i18n/client";
import { incidentMessages } from "@/lib/incidents/messages";

export interface AssetChoice {
  id: string;
  name: string;
}

/**
 * Search the organisation's information assets by name (/api/v1/incidents/asset-options, names
 * only, open to reporters) and tick the affected ones. Results are checkboxes, so Tab, Space and
 * the arrow keys work without a mouse; Enter in the search box never submits the report.
 */
export function AssetPicker({ value, onChange }: { value: AssetChoice[]; onChange: (value: AssetChoice[]) => void }) {
  const t = useMessages(incidentMessages).form;
  const id = useId();
  const [text, setText] = useState("");
  const [q, setQ] = useState("");
  const results = useRef<HTMLUListElement>(null);
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const search = useQuery({
    queryKey: ["incident-asset-options", q],
    queryFn: () => apiFetch<{ items: AssetChoice[] }>(`/api/v1/incidents/asset-options?q=${encodeURIComponent(q)}`),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
  const hits = q ? (search.data?.items ?? []) : [];
  const toggle = (asset: AssetChoice, checked: boolean) => onChange(checked ? [...value, asset] : value.filter((a) => a.id !== asset.id));
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") event.preventDefault();
    if (event.key === "ArrowDown") {
      event.preventDefault();
      results.current?.querySelector("input")?.focus();
    }
  };
  const moveFocus = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const boxes = [...(results.current?.querySelectorAll("input") ?? [])];
    const index = boxes.indexOf(document.activeElement as HTMLInputElement);
    if (index < 0) return;
    event.preventDefault();
    boxes[Math.min(boxes.length - 1, Math.max(0, index + (event.key === "ArrowDown" ? 1 : -1)))]?.focus();
  };

  return (
    <fieldset>
      <legend className="text-base font-medium text-gray-900">{t.assets}</legend>
      {value.length > 0 ? (
        <div className="mt-2">
          <p className="text-sm text-gray-800" id={`${id}-selected`}>{t.selected}:</p>
          <ul className="mt-1 flex flex-wrap gap-2" aria-labelledby={`${id}-selected`}>
            {value.map((asset) => (
              <li key={asset.id} className="flex min-h-11 items-center gap-1 rounded-md border border-blue-300 bg-blue-50 pl-3 text-sm text-gray-900">
                {asset.name}
                <button type="button" className="min-h-11 min-w-11 rounded-md px-2 text-lg text-blue-900 hover:bg-blue-100" aria-label={t.remove(asset.name)} onClick={() => toggle(asset, false)}>
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <label htmlFor={`${id}-search`} className="mt-3 block text-sm font-medium text-gray-900">
        {t.assetSearch}
      </label>
      <input
        id={`${id}-search`}
        type="search"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        aria-describedby={`${id}-hint ${id}-status`}
        autoComplete="off"
        className="mt-1 block min-h-11 w-full rounded-md border border-gray-400 bg-white px-3 py-2 text-base text-gray-900"
      />
      <p id={`${id}-hint`} className="mt-1 text-xs text-gray-700">{t.assetSearchHint}</p>
      <p id={`${id}-status`} role="status" className="mt-1 text-sm text-gray-800">
        {q && !search.isFetching ? (hits.length ? t.assetHits(hits.length) : t.noAssetHits) : ""}
      </p>
      {hits.length > 0 ? (
        <ul ref={results} onKeyDown={moveFocus} className="mt-1 grid max-h-72 gap-1 overflow-y-auto" aria-label={t.assetSearch}>
          {hits.map((asset) => (
            <li key={asset.id}>
              <label className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-gray-300 px-3 py-2 text-base text-gray-900">
                <input type="checkbox" className="h-5 w-5 shrink-0" checked={value.some((a) => a.id === asset.id)} onChange={(event) => toggle(asset, event.target.checked)} />
                <span>{asset.name}</span>
              </label>
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
