import { IndicatorList } from "@/components/dashboard/IndicatorList";
import { formatPercent } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { getLocale } from "@/lib/i18n/server";
import { suggestedLevel, type SuggestedLevel } from "@/lib/maturity/suggested-level";
import type { MaturityMessages } from "@/lib/maturity/messages";
import type { AssessmentResultsView } from "@/lib/maturity/results-queries";
import type { PerspectiveResult } from "@/lib/maturity/results";
import { LevelBarChart } from "@/components/charts/LevelCharts";
import { DataWarningNotice, GapLabel, LevelLabel, TargetLabel } from "./Levels";
import { TableFrame } from "@/components/table/TableFrame";

const cell = "px-3 py-2 text-left align-top text-gray-900";

/** Level, target and gap per perspective as a table (the chart's text alternative). */
export function ResultTable({ results, t }: { results: PerspectiveResult[]; t: MaturityMessages }) {
  return (
    <TableFrame label={t.results.tableCaption}>
      <table className="min-w-full divide-y divide-gray-200 text-sm" data-testid="result-table">
        <caption className="sr-only">{t.results.tableCaption}</caption>
        <thead className="bg-gray-50">
          <tr>
            <th scope="col" className={`${cell} font-semibold`}>{t.perspective}</th>
            <th scope="col" className={`${cell} font-semibold`}>{t.level}</th>
            <th scope="col" className={`${cell} font-semibold`}>{t.target}</th>
            <th scope="col" className={`${cell} font-semibold`}>{t.gap}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {results.map((row) => (
            <tr key={row.perspective}>
              <th scope="row" className={`${cell} font-medium`}>{t.perspectives[row.perspective]}</th>
              <td className={cell}><LevelLabel level={row.level} t={t} /></td>
              <td className={cell}><TargetLabel target={row.target} t={t} /></td>
              <td className={cell}><GapLabel gap={row.gap} t={t} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}

/** "Vårt resultat": the chart of levels against targets, and the same figures as a table. */
export function ResultChartAndTable({ results, t }: { results: PerspectiveResult[]; t: MaturityMessages }) {
  const data = results.map((row) => ({ perspective: t.perspectives[row.perspective], [t.level]: row.level, [t.target]: row.target }));
  const assessed = results.filter((row) => row.level !== null).length;
  const below = results.filter((row) => row.gap !== null && row.gap > 0).length;
  return (
    <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
      <LevelBarChart testId="result-chart" caption={t.results.chartCaption} summary={t.results.chartSummary(assessed, below)} data={data} index="perspective" categories={[t.level, t.target]} />
      <ResultTable results={results} t={t} />
    </div>
  );
}

/** The level the indicators suggest, with the rule written out beside it. */
function SuggestedLevelNote({ suggestion, t, locale }: { suggestion: SuggestedLevel | null; t: MaturityMessages; locale: Locale }) {
  return (
    <div className="mt-2 rounded bg-gray-50 p-2 text-sm text-gray-900" data-suggested-level={suggestion?.level ?? "none"}>
      <p className="font-medium">{suggestion ? t.facts.suggested(suggestion.level, formatPercent(suggestion.lowest, locale)) : t.facts.suggestedNone}</p>
      <p className="text-gray-700">{t.facts.suggestedRule}</p>
    </div>
  );
}

/** Per perspective: the chosen level next to the indicators from the registers, with the warning when they disagree. */
export async function PerspectiveFacts({ results, t, headingLevel = 3 }: { results: AssessmentResultsView["perspectives"]; t: MaturityMessages; headingLevel?: 3 | 4 }) {
  const locale = await getLocale();
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
      {results.map((row) => (
        <section key={row.perspective} className="rounded-md border border-gray-200 p-3" data-perspective={row.perspective}>
          <Heading className="font-semibold text-gray-900">{t.perspectives[row.perspective]}</Heading>
          <p className="text-sm text-gray-900">
            <LevelLabel level={row.level} t={t} /> · {t.target}: <TargetLabel target={row.target} t={t} />
          </p>
          {row.indicators.length === 0 ? <p className="mt-1 text-sm text-gray-700">{t.facts.none}</p> : <IndicatorList indicators={row.indicators} />}
          <SuggestedLevelNote suggestion={suggestedLevel(row.indicators)} t={t} locale={locale} />
          {row.warning ? <DataWarningNotice warning={row.warning} t={t} locale={locale} /> : null}
        </section>
      ))}
    </div>
  );
}

/** "Nivån bredvid underlaget" under a result: the register data per perspective, one heading level below the card. */
export function FactsSection({ results, t }: { results: AssessmentResultsView["perspectives"]; t: MaturityMessages }) {
  return (
    <section>
      <h3 className="text-base font-semibold text-gray-900">{t.facts.heading}</h3>
      <p className="mb-2 text-sm text-gray-700">{t.facts.intro}</p>
      <PerspectiveFacts results={results} t={t} headingLevel={4} />
    </section>
  );
}
