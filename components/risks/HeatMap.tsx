import Link from "next/link";
import type { RiskMessages } from "@/lib/risks/messages";
import type { RiskHeatmapView } from "@/lib/risks/schema";
import { BAND_CELLS } from "./RiskLevelBadge";

const SCALE = [1, 2, 3, 4] as const;

interface Props {
  map: RiskHeatmapView;
  t: RiskMessages;
  /** The list filtered to one cell. */
  hrefFor: (likelihood: number, consequence: number) => string;
  selected?: { likelihood?: number; consequence?: number };
}

/**
 * A 4×4 risk matrix: likelihood rows (4 at the top) × consequence columns. Each cell is a link
 * that filters the list; it shows the count and the cell's level and band in words.
 */
export function HeatMap({ map, t, hrefFor, selected }: Props) {
  const title = map.residual ? t.heatmap.residual : t.heatmap.current;
  return (
    <div>
      <table className="w-full table-fixed border-separate border-spacing-1 text-sm">
        <caption className="mb-2 text-left text-base font-semibold text-gray-900">{title}</caption>
        <thead>
          <tr>
            <th scope="col" className="w-28 p-1 text-left align-bottom text-xs font-medium text-gray-800">
              {t.heatmap.corner}
            </th>
            {SCALE.map((consequence) => (
              <th key={consequence} scope="col" className="p-1 text-center align-bottom font-medium text-gray-900">
                <span className="block">
                  <span className="sr-only">{t.fields.consequence} </span>
                  {consequence}
                </span>
                <span className="block text-xs font-normal text-gray-800">{t.consequenceNames[consequence]}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...SCALE].reverse().map((likelihood) => (
            <tr key={likelihood}>
              <th scope="row" className="p-1 text-left font-medium text-gray-900">
                <span className="sr-only">{t.fields.likelihood} </span>
                {likelihood} <span className="text-xs font-normal text-gray-800">{t.likelihoodNames[likelihood]}</span>
              </th>
              {SCALE.map((consequence) => {
                const count = map.counts[likelihood - 1][consequence - 1];
                const band = map.bands[likelihood - 1][consequence - 1];
                const isSelected = selected?.likelihood === likelihood && selected?.consequence === consequence;
                return (
                  <td key={consequence} className="p-0">
                    <Link
                      href={hrefFor(likelihood, consequence)}
                      aria-current={isSelected ? "true" : undefined}
                      className={`block rounded-md px-1 py-2 text-center text-gray-900 ${BAND_CELLS[band]} ${isSelected ? "ring-4 ring-blue-800" : "ring-1 ring-inset ring-gray-300"}`}
                    >
                      <span className={`block text-lg ${count > 0 ? "font-bold" : "font-normal"}`}>{count}</span>
                      <span className="sr-only"> {t.heatmap.cell(likelihood, consequence)}, </span>
                      <span className="block text-xs">
                        {t.heatmap.level} {likelihood * consequence} · {t.bands[band]}
                      </span>
                      {isSelected ? <span className="sr-only"> {t.heatmap.selected}</span> : null}
                    </Link>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-1 text-xs text-gray-800">{t.heatmap.total(map.total)}</p>
    </div>
  );
}
