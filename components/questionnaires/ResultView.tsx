import { LevelBarChart } from "@/components/charts/LevelCharts";
import { PlainTable } from "@/components/table/PlainTable";
import { TableFrame } from "@/components/table/TableFrame";
import { Card } from "@/components/ui/Card";
import { formatPercent } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import type { QuestionnaireMessages } from "@/lib/questionnaires/messages";
import type { QuestionSetView, ResultView } from "@/lib/questionnaires/schema";

const cell = "px-3 py-2";

/** The level, the chart and table per work area, and the points per level. */
export function ResultSummary({ set, result, t, locale }: { set: QuestionSetView; result: ResultView; t: QuestionnaireMessages; locale: Locale }) {
  const areaName = (key: string) => set.areas.find((a) => a.key === key)?.name ?? key;
  const c = t.res.levelColumns;
  return (
    <>
      <Card title={t.res.heading}>
        <p className="text-3xl font-semibold text-gray-900" data-testid="result-level">{t.levelWord(result.level)}</p>
        <p className="mt-1 text-sm text-gray-700">{result.stored ? t.res.stored : t.res.live}</p>
      </Card>
      <Card title={t.res.areas}>
        <LevelBarChart caption={t.res.areas} summary={t.res.areasSummary(result.areas.length)} data={result.areas.map((a) => ({ area: areaName(a.key), [t.res.level]: a.level }))} index="area" categories={[t.res.level]} />
        <TableFrame label={t.res.areas} className="mt-3">
          <PlainTable caption={t.res.areas} headers={[t.compare.area, t.res.level]}>
            {result.areas.map((a) => (
              <tr key={a.key}>
                <th scope="row" className={`${cell} text-left font-medium`} lang="sv">{areaName(a.key)}</th>
                <td className={cell}>{t.levelWord(a.level)}</td>
              </tr>
            ))}
          </PlainTable>
        </TableFrame>
      </Card>
      <Card title={t.res.levels}>
        <TableFrame label={t.res.levels}>
          <PlainTable caption={t.res.levels} headers={[c.level, c.questions, c.required, c.points, c.minimum, c.uncertain, c.limit, c.reached]}>
            {result.levels.map((row) => (
              <tr key={row.level}>
                <th scope="row" className={`${cell} text-left`}>{row.level}</th>
                <td className={cell}>{row.questions}</td>
                <td className={cell}>{row.required}</td>
                <td className={cell}>{row.points}</td>
                <td className={cell}>{row.minimumMet ? t.res.yes : t.res.no}</td>
                <td className={cell}>{formatPercent(row.uncertainShare, locale)}</td>
                <td className={cell}>{formatPercent(row.uncertainLimit, locale)}</td>
                <td className={cell}>{row.reached ? t.res.yes : t.res.no}</td>
              </tr>
            ))}
          </PlainTable>
        </TableFrame>
      </Card>
    </>
  );
}

/** "Snabba fakta": what the next level needs. */
export function NextFacts({ result, t }: { result: ResultView; t: QuestionnaireMessages }) {
  const next = result.next;
  return (
    <Card title={t.res.facts}>
      {next ? (
        <div data-testid="next-facts">
          <h3 className="font-medium text-gray-900">{t.res.factsFor(next.level)}</h3>
          <ul className="mt-2 list-disc pl-5 text-sm text-gray-900">
            <li>{t.res.pointsMissing(next.pointsMissing)}</li>
            <li>{t.res.belowMinimum(next.questionsBelowMinimum.length)}</li>
            <li>{t.res.uncertain(next.uncertainToResolve)}</li>
          </ul>
        </div>
      ) : (
        <p className="text-sm text-gray-900">{t.res.top}</p>
      )}
    </Card>
  );
}
