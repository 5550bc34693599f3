import Link from "next/link";
import { formatDate } from "@/lib/format";
import type { MaturityMessages } from "@/lib/maturity/messages";
import type { PerspectiveTrend } from "@/lib/maturity/results";
import { monthlyTrendRows } from "@/lib/maturity/trend-rows";
import { TrendLineChart } from "@/components/charts/LevelCharts";
import { DeltaLabel } from "./Levels";
import { TableFrame } from "@/components/table/TableFrame";

const cell = "px-3 py-2 text-left align-top text-gray-900";

/** The level per perspective across the completed sessions: a line chart and the same figures as a table. */
export function TrendSection({ trend, t }: { trend: PerspectiveTrend[]; t: MaturityMessages }) {
  const sessions = trend[0]?.points ?? [];
  if (sessions.length === 0) return <p className="text-sm text-gray-700">{t.trend.none}</p>;
  // One row per month, so the distance between points is the time between the sessions.
  const rows = monthlyTrendRows(sessions, (_session, index) => Object.fromEntries(trend.map((p) => [t.perspectives[p.perspective], p.points[index].level])));
  const data = rows.map((row) => ({ month: row.month, ...row.values }));
  return (
    <div className="grid grid-cols-1 gap-4">
      <TrendLineChart
        testId="trend-chart"
        caption={t.trend.chartCaption}
        summary={t.trend.chartSummary(sessions.length)}
        data={data}
        index="month"
        categories={trend.map((p) => t.perspectives[p.perspective])}
      />
      <TableFrame label={t.trend.tableCaption} chart>
        <table className="min-w-full divide-y divide-gray-200 text-sm" data-testid="trend-table">
          <caption className="sr-only">{t.trend.tableCaption}</caption>
          <thead className="bg-gray-50">
            <tr>
              <th scope="col" className={`${cell} font-semibold`}>{t.trend.session}</th>
              {trend.map((p) => (
                <th key={p.perspective} scope="col" className={`${cell} font-semibold`}>{t.perspectives[p.perspective]}</th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {sessions.map((session, index) => (
              <tr key={session.assessmentId}>
                <th scope="row" className={`${cell} font-normal`}>
                  <span className="whitespace-nowrap">{formatDate(session.heldAt)}</span>{" "}
                  <Link href={`/mognad/${session.assessmentId}`} className="text-blue-800 underline">{session.title}</Link>
                </th>
                {trend.map((p) => (
                  <td key={p.perspective} className={cell}>{p.points[index].level ?? t.notAssessed}</td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot className="bg-gray-50">
            <tr>
              <th scope="row" className={`${cell} font-semibold`}>{t.trend.change}</th>
              {trend.map((p) => (
                <td key={p.perspective} className={cell}>
                  <DeltaLabel delta={p.change} /> {p.direction ? `(${t.trend.direction[p.direction]})` : null}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </TableFrame>
    </div>
  );
}
