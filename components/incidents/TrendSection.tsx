import type { IncidentMessages } from "@/lib/incidents/messages";
import type { IncidentTrend } from "@/lib/incidents/schema";
import { ChartFigure } from "@/components/charts/ChartFigure";
import { TableFrame } from "@/components/table/TableFrame";
import { TrendChart } from "./TrendChart";

const cell = "px-3 py-2 text-left align-top text-gray-900";

/** Incidents per month and category: a stacked bar chart with a summary sentence and the same figures as a table. */
export function TrendSection({ trend, t }: { trend: IncidentTrend; t: IncidentMessages }) {
  const totals = new Map(trend.categories.map((c) => [c.code, trend.months.reduce((sum, m) => sum + (m.byCategory[c.code] ?? 0), 0)]));
  const used = trend.categories.filter((c) => (totals.get(c.code) ?? 0) > 0);
  const total = trend.months.reduce((sum, m) => sum + m.total, 0);
  const top = [...used].sort((a, b) => (totals.get(b.code) ?? 0) - (totals.get(a.code) ?? 0))[0];
  const data = trend.months.map((m) => ({ month: m.month, ...Object.fromEntries(used.map((c) => [c.label, m.byCategory[c.code] ?? 0])) }));
  return (
    <ChartFigure caption={t.trend.caption} summary={total ? t.trend.summary(total, top?.label ?? null) : t.trend.empty} testId="incident-trend">
      {total ? <TrendChart label={t.trend.caption} data={data} categories={used.map((c) => c.label)} /> : null}
      <details className="mt-2">
        <summary className="cursor-pointer text-sm text-blue-800 underline">{t.trend.showTable}</summary>
        <TableFrame label={t.trend.caption} className="mt-2" chart>
          <table className="min-w-full divide-y divide-gray-200 text-sm" data-testid="incident-trend-table">
            <caption className="sr-only">{t.trend.caption}</caption>
            <thead className="bg-gray-50">
              <tr>
                <th scope="col" className={`${cell} font-semibold`}>{t.trend.month}</th>
                {used.map((c) => (
                  <th key={c.code} scope="col" className={`${cell} font-semibold`}>{c.label}</th>
                ))}
                <th scope="col" className={`${cell} font-semibold`}>{t.trend.total}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {trend.months.map((m) => (
                <tr key={m.month}>
                  <th scope="row" className={`${cell} whitespace-nowrap font-normal`}>{m.month}</th>
                  {used.map((c) => (
                    <td key={c.code} className={cell}>{m.byCategory[c.code] ?? 0}</td>
                  ))}
                  <td className={`${cell} font-medium`}>{m.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      </details>
    </ChartFigure>
  );
}
