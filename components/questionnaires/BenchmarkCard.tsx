import { PlainTable } from "@/components/table/PlainTable";
import { TableFrame } from "@/components/table/TableFrame";
import { Card } from "@/components/ui/Card";
import { formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import type { QuestionnaireMessages } from "@/lib/questionnaires/messages";
import type { BenchmarkView, QuestionSetView, ResultView } from "@/lib/questionnaires/schema";

const cell = "px-3 py-2";

/** The organisation's own level per work area beside the others' quartiles (anonymous benchmarking). */
export function BenchmarkCard({ set, result, benchmark, t, locale }: { set: QuestionSetView; result: ResultView; benchmark: BenchmarkView; t: QuestionnaireMessages; locale: Locale }) {
  const b = t.bench;
  const own = new Map(result.areas.map((area) => [area.key, area.level]));
  return (
    <Card title={b.heading}>
      <p className="mb-3 text-sm text-gray-800">{b.description}</p>
      {benchmark.available && benchmark.areas ? (
        <>
          <p className="mb-2 text-sm text-gray-700" data-testid="benchmark-contributors">{b.contributors(benchmark.contributors)}</p>
          <TableFrame label={b.heading}>
            <PlainTable caption={b.heading} headers={[b.columns.area, b.columns.own, b.columns.p25, b.columns.median, b.columns.p75]}>
              {set.areas.map((area) => {
                const row = benchmark.areas?.find((a) => a.key === area.key);
                return (
                  <tr key={area.key} data-testid={`benchmark-${area.key}`}>
                    <th scope="row" className={`${cell} text-left font-medium`} lang="sv">{area.name}</th>
                    <td className={cell}>{own.get(area.key) ?? "–"}</td>
                    <td className={cell}>{formatNumber(row?.p25, locale, 2)}</td>
                    <td className={cell}>{formatNumber(row?.median, locale, 2)}</td>
                    <td className={cell}>{formatNumber(row?.p75, locale, 2)}</td>
                  </tr>
                );
              })}
            </PlainTable>
          </TableFrame>
        </>
      ) : (
        <p className="text-sm text-gray-700" data-testid="benchmark-unavailable">{b.unavailable(benchmark.contributors)}</p>
      )}
    </Card>
  );
}
