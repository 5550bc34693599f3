import "server-only";
import type { Principal } from "../authz/roles";
import { formatDate, formatDateTime, formatPercent } from "../format";
import { renderPdfInWorker } from "../pdf/render";
import { sv } from "./messages.sv";
import { getResult, getResponse, getQuestionSet } from "./queries";
import type { QuestionSetView, ResponseView, ResultView } from "./schema";

/** The plain model the worker draws: Swedish words and sv-SE dates, for ledningens genomgång. */
export function resultPdfModel(set: QuestionSetView, response: ResponseView, result: ResultView, organisation: string) {
  const r = sv.res;
  const c = r.levelColumns;
  const areaName = new Map(set.areas.map((area) => [area.key, area.name]));
  const facts = result.next
    ? [r.factsFor(result.next.level), r.pointsMissing(result.next.pointsMissing), r.belowMinimum(result.next.questionsBelowMinimum.length), r.uncertain(result.next.uncertainToResolve)]
    : [r.top];
  return {
    organisation,
    title: response.title,
    meta: [
      `${sv.pdf.set}: ${set.title}`,
      `${sv.pdf.period}: ${formatDate(response.periodFrom)} – ${formatDate(response.periodTo)}`,
      response.submittedAt ? `${sv.pdf.submitted}: ${formatDateTime(response.submittedAt)}` : r.live,
    ],
    level: `${r.level}: ${result.label}`,
    areasHeading: r.areas,
    maxLevel: 4,
    areas: result.areas.map((area) => ({ label: areaName.get(area.key) ?? area.key, value: area.level, text: String(area.level) })),
    levelsHeading: r.levels,
    levelHeaders: [c.level, c.questions, c.required, c.points, c.uncertain, c.limit, c.reached],
    levels: result.levels.map((l) => [String(l.level), String(l.questions), String(l.required), String(l.points), formatPercent(l.uncertainShare), formatPercent(l.uncertainLimit), l.reached ? r.yes : r.no]),
    factsHeading: r.facts,
    facts,
    pageLabel: sv.pdf.page,
  };
}

/** GET /api/v1/questionnaires/{id}/responses/{rid}/result.pdf: the result (live while a draft). */
export async function resultPdfResponse(principal: Principal, setId: string, id: string): Promise<Response> {
  const response = await getResponse(principal, setId, id);
  const [set, result] = await Promise.all([getQuestionSet(principal, setId), getResult(principal, setId, id)]);
  const bytes = await renderPdfInWorker(["questionnaires", "result-pdf.worker.mjs"], resultPdfModel(set, response, result, principal.organizationName));
  return new Response(new Uint8Array(bytes), {
    headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="uppfoljning-${id.slice(0, 8)}.pdf"` },
  });
}
