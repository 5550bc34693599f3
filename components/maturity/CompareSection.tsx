import { formatDate } from "@/lib/format";
import type { MaturityMessages } from "@/lib/maturity/messages";
import type { PerspectiveComparison } from "@/lib/maturity/results";
import type { AssessmentSummaryView } from "@/lib/maturity/schema";
import { LevelBarChart } from "@/components/charts/LevelCharts";
import { DeltaLabel, LevelLabel } from "./Levels";
import { TableFrame } from "@/components/table/TableFrame";

const cell = "px-3 py-2 text-left align-top text-gray-900";

export interface Comparison {
  from: { id: string; title: string; heldAt: string };
  to: { id: string; title: string; heldAt: string };
  perspectives: PerspectiveComparison[];
}

interface Props {
  assessmentId: string;
  others: AssessmentSummaryView[];
  selected?: string;
  comparison: Comparison | null;
  t: MaturityMessages;
  /** The printable summary compares with the previous session without the select. */
  showForm?: boolean;
}

/** Two sessions side by side: the other session chosen in a select (a GET form, so the URL holds it), with the delta. */
export function CompareSection({ assessmentId, others, selected, comparison, t, showForm = true }: Props) {
  if (others.length === 0) return <p className="text-sm text-gray-700">{t.compare.none}</p>;
  const label = (s: { title: string; heldAt: string }) => `${s.title} (${formatDate(s.heldAt)})`;
  const fromLabel = comparison ? label(comparison.from) : "";
  const toLabel = comparison ? (label(comparison.to) === fromLabel ? `${label(comparison.to)} ·` : label(comparison.to)) : "";
  return (
    <div className="grid grid-cols-1 gap-4">
      {showForm ? (
      <form method="get" action={`/mognad/${assessmentId}`} className="no-print flex flex-wrap items-end gap-3">
        <label className="max-w-full text-sm font-medium text-gray-900">
          {t.compare.select}
          <select name="compare" defaultValue={selected ?? ""} className="mt-1 block max-w-full rounded-md border border-gray-400 bg-white px-2 py-1.5 text-sm text-gray-900">
            <option value="">{t.compare.choose}</option>
            {others.map((s) => (
              <option key={s.id} value={s.id}>{label(s)}</option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white hover:bg-blue-800">{t.compare.submit}</button>
      </form>
      ) : null}
      {comparison ? (
        <div className="grid grid-cols-1 gap-4 2xl:grid-cols-2">
          <LevelBarChart
            testId="compare-chart"
            caption={t.compare.chartCaption}
            summary={t.compare.caption(fromLabel, toLabel)}
            data={comparison.perspectives.map((p) => ({ perspective: t.perspectives[p.perspective], [fromLabel]: p.from, [toLabel]: p.to }))}
            index="perspective"
            categories={[fromLabel, toLabel]}
          />
          <TableFrame label={t.compare.caption(fromLabel, toLabel)}>
            <table className="min-w-full divide-y divide-gray-200 text-sm" data-testid="compare-table">
              <caption className="sr-only">{t.compare.caption(fromLabel, toLabel)}</caption>
              <thead className="bg-gray-50">
                <tr>
                  <th scope="col" className={`${cell} font-semibold`}>{t.perspective}</th>
                  <th scope="col" className={`${cell} font-semibold`}>{fromLabel}</th>
                  <th scope="col" className={`${cell} font-semibold`}>{toLabel}</th>
                  <th scope="col" className={`${cell} font-semibold`}>{t.compare.delta}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-gray-100">
                {comparison.perspectives.map((p) => (
                  <tr key={p.perspective}>
                    <th scope="row" className={`${cell} font-medium`}>{t.perspectives[p.perspective]}</th>
                    <td className={cell}><LevelLabel level={p.from} t={t} withName={false} /></td>
                    <td className={cell}><LevelLabel level={p.to} t={t} withName={false} /></td>
                    <td className={cell}><DeltaLabel delta={p.delta} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
        </div>
      ) : null}
    </div>
  );
}
