import { notFound } from "next/navigation";
import { PlainTable } from "@/components/table/PlainTable";
import { TableFrame } from "@/components/table/TableFrame";
import { ButtonLink } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { getMessages } from "@/lib/i18n/server";
import { areaChanges, questionChanges } from "@/lib/questionnaires/compare";
import { questionnaireMessages } from "@/lib/questionnaires/messages";
import { responsePage } from "@/lib/questionnaires/queries";
import { compareQuerySchema } from "@/lib/questionnaires/schema";
import { loadRecord } from "@/lib/page/load-record";

const cell = "px-3 py-2";
const delta = (from: number, to: number) => (to > from ? `+${to - from}` : to < from ? `−${from - to}` : "±0");

/** Two measurements of the same set side by side: overall level, per work area, per question. */
export default async function ComparePage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const principal = await pagePrincipal();
  if (!can(principal, "questionnaires.read")) return <Forbidden />;
  const query = compareQuerySchema.safeParse(await searchParams);
  if (!query.success) notFound();
  const [t, from, to] = await Promise.all([
    getMessages(questionnaireMessages),
    loadRecord(Promise.resolve({ id: query.data.from }), (id) => responsePage(principal, id)),
    loadRecord(Promise.resolve({ id: query.data.to }), (id) => responsePage(principal, id)),
  ]);
  if (!from || !to) return <Forbidden />;
  if (from.set.id !== to.set.id) notFound();
  const areas = areaChanges(from.set, from.result, to.result);
  const changed = questionChanges(from.set, from.response.answers, to.response.answers).filter((q) => q.from !== q.to);
  const names = [from.response.title, to.response.title];
  return (
    <>
      <PageHeader title={`${t.compare.title}: ${names.join(" – ")}`} actions={<ButtonLink href="/mognad/uppfoljning" variant="secondary">{t.back}</ButtonLink>} />
      <div className="grid grid-cols-1 gap-6">
        <Card title={t.compare.overall}>
          <p className="text-lg text-gray-900" data-testid="compare-overall">
            {names[0]}: <strong>{t.levelWord(from.result.level)}</strong> → {names[1]}: <strong>{t.levelWord(to.result.level)}</strong>
          </p>
        </Card>
        <Card title={t.res.areas}>
          <TableFrame label={t.res.areas}>
            <PlainTable caption={t.res.areas} headers={[t.compare.area, names[0], names[1], t.compare.change]}>
              {areas.map((a) => (
                <tr key={a.key}>
                  <th scope="row" className={`${cell} text-left font-medium`} lang="sv">{a.name}</th>
                  <td className={cell}>{t.levelWord(a.from)}</td>
                  <td className={cell}>{t.levelWord(a.to)}</td>
                  <td className={cell}>{delta(a.from, a.to)}</td>
                </tr>
              ))}
            </PlainTable>
          </TableFrame>
        </Card>
        <Card title={t.compare.onlyChanged}>
          <TableFrame label={t.compare.onlyChanged}>
            <PlainTable caption={t.compare.onlyChanged} headers={[t.compare.question, `${t.compare.points}: ${names[0]}`, `${t.compare.points}: ${names[1]}`, t.compare.change]}>
              {changed.map((q) => (
                <tr key={q.code}>
                  <td className={cell}><span className="font-mono text-xs">{q.code}</span> <span lang="sv">{q.text}</span></td>
                  <td className={cell}>{q.from}</td>
                  <td className={cell}>{q.to}</td>
                  <td className={cell}>{delta(q.from, q.to)}</td>
                </tr>
              ))}
            </PlainTable>
          </TableFrame>
        </Card>
      </div>
    </>
  );
}
