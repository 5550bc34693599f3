import Link from "next/link";
import { LevelBarChart } from "@/components/charts/LevelCharts";
import { NewResponseForm } from "@/components/questionnaires/NewResponseForm";
import { PlainTable } from "@/components/table/PlainTable";
import { TableFrame } from "@/components/table/TableFrame";
import { Button, ButtonLink } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { formatDate } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { questionnaireMessages } from "@/lib/questionnaires/messages";
import { allResponses, listQuestionSets } from "@/lib/questionnaires/queries";
import { questionSetListQuerySchema } from "@/lib/questionnaires/schema";
import { ensureBuiltinSet } from "@/lib/questionnaires/service";

/** Uppföljningsmodellen: the measurements of the organisation, a new one, and a comparison of two. */
export default async function QuestionnairePage() {
  const principal = await pagePrincipal();
  if (!can(principal, "questionnaires.read")) return <Forbidden />;
  await ensureBuiltinSet(principal);
  const [t, sets, responses] = await Promise.all([getMessages(questionnaireMessages), listQuestionSets(principal, questionSetListQuerySchema.parse({})), allResponses(principal)]);
  const set = sets.items.find((item) => item.builtin) ?? sets.items[0];
  const submitted = responses.filter((response) => response.status === "submitted");
  const select = "rounded-md border border-gray-400 px-2 py-1.5 text-sm";
  return (
    <>
      <PageHeader title={t.title} description={t.description} actions={<ButtonLink href="/mognad" variant="secondary">{t.maturityLink}</ButtonLink>} />
      <div className="grid grid-cols-1 gap-6">
        {set ? (
          <Card title={t.set}>
            <p className="text-sm font-medium text-gray-900">{set.title}</p>
            <p className="mt-1 text-sm text-gray-700" lang="sv">{t.setSource}: {set.source}</p>
            <p className="mt-2 flex gap-3 text-sm">
              <a href={`/api/v1/questionnaires/${set.id}/export?format=xlsx`} className="text-blue-800 underline" download>{t.exportXlsx}</a>
              <a href={`/api/v1/questionnaires/${set.id}/export?format=json`} className="text-blue-800 underline" download>{t.exportJson}</a>
            </p>
            {can(principal, "questionnaires.write") ? (
              <div className="mt-4">
                <NewResponseForm setId={set.id} defaultTitle={`Uppföljning ${new Date().getFullYear()}`} />
              </div>
            ) : null}
          </Card>
        ) : null}
        <Card title={t.responses}>
          {responses.length === 0 ? (
            <p className="text-sm text-gray-700">{t.noResponses}</p>
          ) : (
            <TableFrame label={t.responses}>
              <PlainTable caption={t.responses} headers={[t.columns.title, t.columns.period, t.columns.status, t.columns.level, t.columns.answered]}>
                {responses.map((response) => (
                  <tr key={response.id}>
                    <td className="px-3 py-2">
                      <Link href={`/mognad/uppfoljning/${response.id}`} className="text-blue-800 underline">{response.title}</Link>{" "}
                      <Link href={`/mognad/uppfoljning/${response.id}/resultat`} className="text-blue-800 underline">({t.result})</Link>
                    </td>
                    <td className="px-3 py-2">{formatDate(response.periodFrom)} – {formatDate(response.periodTo)}</td>
                    <td className="px-3 py-2">{t.status[response.status]}</td>
                    <td className="px-3 py-2">{t.levelWord(response.level)}</td>
                    <td className="px-3 py-2">{response.answered}</td>
                  </tr>
                ))}
              </PlainTable>
            </TableFrame>
          )}
        </Card>
        {submitted.length ? (
          <Card title={t.trend}>
            <LevelBarChart
              caption={t.trend}
              summary={submitted.map((r) => `${r.title}: ${t.levelWord(r.level)}`).join(", ")}
              data={[...submitted].reverse().map((r) => ({ occasion: r.title, [t.columns.level]: r.level }))}
              index="occasion"
              categories={[t.columns.level]}
            />
          </Card>
        ) : null}
        {submitted.length >= 2 ? (
          <Card title={t.compare.heading}>
            <form action="/mognad/uppfoljning/jamfor" method="get" className="flex flex-wrap items-end gap-3">
              {(["from", "to"] as const).map((name, index) => (
                <div key={name} className="flex flex-col gap-1">
                  <label htmlFor={`compare-${name}`} className="text-sm font-medium text-gray-900">{t.compare[name]}</label>
                  <select id={`compare-${name}`} name={name} className={select} defaultValue={submitted[index === 0 ? 1 : 0].id}>
                    {submitted.map((response) => (
                      <option key={response.id} value={response.id}>{response.title}</option>
                    ))}
                  </select>
                </div>
              ))}
              <Button type="submit" variant="secondary">{t.compare.submit}</Button>
            </form>
          </Card>
        ) : null}
      </div>
    </>
  );
}
