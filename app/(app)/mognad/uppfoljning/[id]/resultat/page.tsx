import { BenchmarkCard } from "@/components/questionnaires/BenchmarkCard";
import { QuestionActionButton } from "@/components/questionnaires/QuestionActionButton";
import { NextFacts, ResultSummary } from "@/components/questionnaires/ResultView";
import { PlainTable } from "@/components/table/PlainTable";
import { TableFrame } from "@/components/table/TableFrame";
import { Button, ButtonLink, buttonClass } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { loadRecord, type RecordPageProps } from "@/lib/page/load-record";
import { getBenchmark } from "@/lib/questionnaires/benchmark";
import { questionnaireMessages } from "@/lib/questionnaires/messages";
import { responsePage } from "@/lib/questionnaires/queries";

/** The result of a measurement: level, per work area, "snabba fakta" and the questions to improve. */
export default async function ResultPage({ params, searchParams }: RecordPageProps & { searchParams: Promise<{ area?: string }> }) {
  const principal = await pagePrincipal();
  const page = await loadRecord(params, (id) => responsePage(principal, id));
  if (!page) return <Forbidden />;
  const { set, response, result } = page;
  const [t, locale, { area = "" }, benchmark] = await Promise.all([getMessages(questionnaireMessages), getLocale(), searchParams, getBenchmark(principal, set.id, response.id)]);
  const below = new Set(result.next?.questionsBelowMinimum ?? []);
  const improve = set.questions.filter((q) => below.has(q.code) && (!area || q.areas.includes(area)));
  const mayAct = can(principal, "questionnaires.write") && can(principal, "actions.create");
  return (
    <>
      <PageHeader
        title={`${t.result}: ${response.title}`}
        actions={
          <>
            <ButtonLink href={`/mognad/uppfoljning/${response.id}`} variant="secondary">{t.open}</ButtonLink>
            <a href={`/api/v1/questionnaires/${set.id}/responses/${response.id}/export?format=xlsx`} className={buttonClass("secondary")} download>{t.res.exportXlsx}</a>
            <a href={`/api/v1/questionnaires/${set.id}/responses/${response.id}/result.pdf`} className={buttonClass("secondary")} download>{t.res.pdf}</a>
            <ButtonLink href="/mognad/uppfoljning" variant="secondary">{t.back}</ButtonLink>
          </>
        }
      />
      <div className="grid grid-cols-1 gap-6">
        <ResultSummary set={set} result={result} t={t} locale={locale} />
        <NextFacts result={result} t={t} />
        <BenchmarkCard set={set} result={result} benchmark={benchmark} t={t} locale={locale} />
        {result.next ? (
          <Card title={t.res.improve}>
            <form method="get" className="mb-3 flex flex-wrap items-end gap-2">
              <div className="flex min-w-0 max-w-full flex-col gap-1">
                <label htmlFor="improve-area" className="text-sm font-medium text-gray-900">{t.form.area}</label>
                <select id="improve-area" name="area" defaultValue={area} className="w-full max-w-full rounded-md border border-gray-400 px-2 py-1.5 text-sm">
                  <option value="">{t.form.allAreas}</option>
                  {set.areas.map((a) => (
                    <option key={a.key} value={a.key}>{a.name}</option>
                  ))}
                </select>
              </div>
              <Button type="submit" variant="secondary">{t.res.filter}</Button>
            </form>
            {improve.length === 0 ? (
              <p className="text-sm text-gray-700">{t.res.improveNone}</p>
            ) : (
              <TableFrame label={t.res.improve}>
                <PlainTable caption={t.res.improve} headers={[t.compare.question, t.columns.level, t.res.makeAction]}>
                  {improve.map((q) => (
                    <tr key={q.code} data-testid={`improve-${q.code}`}>
                      <td className="px-3 py-2"><span className="font-mono text-xs">{q.code}</span> <span lang="sv">{q.text}</span></td>
                      <td className="px-3 py-2">{q.level}</td>
                      <td className="px-3 py-2">{mayAct ? <QuestionActionButton setId={set.id} responseId={response.id} questionCode={q.code} /> : null}</td>
                    </tr>
                  ))}
                </PlainTable>
              </TableFrame>
            )}
          </Card>
        ) : null}
      </div>
    </>
  );
}
