"use client";
import { StackedBarChart } from "@/components/charts/StackedBarChart";
import { TableFrame } from "@/components/table/TableFrame";
import { useMessages } from "@/lib/i18n/client";
import { riskMessages } from "@/lib/risks/messages";
import { RISK_BANDS, type RiskTrendPoint } from "@/lib/risks/schema";

// One colour per band, low to extreme (Tremor colour names).
const COLOURS = ["emerald", "yellow", "orange", "red"];

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
      <StackedBarChart label={t.trend.caption} data={data} index="month" categories={RISK_BANDS.map(label)} colors={COLOURS} className="h-64" legendClassName="justify-end" />
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-medium text-blue-800 underline">{t.trend.showTable}</summary>
        <TableFrame label={t.trend.caption} className="mt-2">
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
        </TableFrame>
      </details>
    </div>
  );
}
