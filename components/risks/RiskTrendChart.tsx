"use client";
import { BarChart } from "@tremor/react";
import { useMessages } from "@/lib/i18n/client";
import { riskMessages } from "@/lib/risks/messages";
import { RISK_BANDS, type RiskTrendPoint } from "@/lib/risks/schema";

const COLOURS = ["emerald", "yellow", "orange", "red"];
// Tremor's own legend nests <li> in a <div> inside its <ol> (invalid list markup); this one is plain.
const SWATCHES = ["bg-emerald-500", "bg-yellow-500", "bg-orange-500", "bg-red-500"];

/** Risks per band month by month: a stacked bar chart, a summary sentence and the same figures as a table. */
export function RiskTrendChart({ points }: { points: RiskTrendPoint[] }) {
  const t = useMessages(riskMessages);
  const label = (band: (typeof RISK_BANDS)[number]) => t.bands[band];
  const data = points.map((point) => ({ month: point.month, ...Object.fromEntries(RISK_BANDS.map((band) => [label(band), point[band]])) }));
  const last = points[points.length - 1];
  if (!last || points.every((point) => point.total === 0)) return <p className="text-sm text-gray-800">{t.trend.empty}</p>;
  const parts = RISK_BANDS.map((band) => `${last[band]} ${label(band)}`).join(", ");
  return (
    <div>
      <p className="mb-2 text-sm text-gray-800">{t.trend.summary(last.month, parts)}</p>
      <ul className="mb-2 flex flex-wrap justify-end gap-4 text-sm text-gray-900" aria-hidden="true">
        {RISK_BANDS.map((band, i) => (
          <li key={band} className="inline-flex items-center gap-1.5">
            <span className={`inline-block h-2.5 w-2.5 rounded-full ${SWATCHES[i]}`} />
            {label(band)}
          </li>
        ))}
      </ul>
      <BarChart
        className="h-64"
        data={data}
        index="month"
        categories={RISK_BANDS.map(label)}
        colors={COLOURS}
        stack
        showLegend={false}
        allowDecimals={false}
        yAxisWidth={32}
      />
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-medium text-blue-800 underline">{t.trend.showTable}</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="min-w-full text-sm">
            <caption className="sr-only">{t.trend.caption}</caption>
            <thead>
              <tr>
                <th scope="col" className="px-2 py-1 text-left font-semibold">{t.trend.month}</th>
                {RISK_BANDS.map((band) => (
                  <th key={band} scope="col" className="px-2 py-1 text-right font-semibold">{label(band)}</th>
                ))}
                <th scope="col" className="px-2 py-1 text-right font-semibold">{t.trend.total}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((point) => (
                <tr key={point.month} className="border-t border-gray-100">
                  <th scope="row" className="px-2 py-1 text-left font-normal">{point.month}</th>
                  {RISK_BANDS.map((band) => (
                    <td key={band} className="px-2 py-1 text-right">{point[band]}</td>
                  ))}
                  <td className="px-2 py-1 text-right">{point.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
