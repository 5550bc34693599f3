import "server-only";
import { createActionInTx } from "../actions/service";
import type { ListResult } from "../api/list";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db, type Prisma } from "../db/client";
import { createAudited, deleteAudited, nextVersion, updateAudited, versionedWhere } from "../db/mutation";
import { assertReferences } from "../db/references";
import { badRequest } from "../errors";
import { competenceMessages } from "./messages";
import { competenceScope } from "./queries";
import type { KnowledgeArea } from "./schema";
import type { SurveyCreate, SurveyListQuery, SurveySuggest, SurveyUpdate, SurveyView } from "./survey-schema";

type SurveyRow = Prisma.KnowledgeSurveyGetPayload<object>;
type Result = { area: KnowledgeArea; score: number };

const resultsOf = (row: SurveyRow) => row.results as Result[];

/**
 * Views in one pass over the organisation's surveys (a few per year): each area's result next to
 * the score of the latest earlier survey that measured the same area.
 */
function toSurveyViews(rows: SurveyRow[], all: SurveyRow[]): SurveyView[] {
  const ordered = [...all].sort((a, b) => a.conductedAt.getTime() - b.conductedAt.getTime() || a.createdAt.getTime() - b.createdAt.getTime());
  return rows.map((row) => {
    const earlier = ordered.slice(0, ordered.findIndex((other) => other.id === row.id)).reverse();
    let previousSurveyId: string | null = null;
    const results = resultsOf(row).map(({ area, score }) => {
      const previous = earlier.find((other) => resultsOf(other).some((r) => r.area === area));
      const previousScore = previous ? resultsOf(previous).find((r) => r.area === area)!.score : null;
      previousSurveyId ??= previous?.id ?? null;
      return { area, score, previousScore, change: previousScore === null ? null : score - previousScore };
    });
    return {
      id: row.id,
      title: row.title,
      conductedAt: row.conductedAt.toISOString().slice(0, 10),
      method: row.method as SurveyView["method"],
      areas: row.areas as KnowledgeArea[],
      orgUnitIds: row.orgUnitIds,
      invited: row.invited,
      responded: row.responded,
      results,
      previousSurveyId,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      version: row.version,
    };
  });
}

export async function listSurveys(principal: Principal, query: SurveyListQuery): Promise<ListResult<SurveyView>> {
  const all = await db.knowledgeSurvey.findMany({ where: competenceScope(principal) });
  const [field, direction] = (query.sort ?? "conductedAt:desc").split(":");
  const sign = direction === "asc" ? 1 : -1;
  const key = (row: SurveyRow) => (field === "title" ? row.title : row.conductedAt.toISOString());
  const filtered = all.filter((row) => !query.q || row.title.toLowerCase().includes(query.q.toLowerCase())).sort((a, b) => sign * key(a).localeCompare(key(b), "sv"));
  const page = filtered.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
  return { items: toSurveyViews(page, all), total: filtered.length, page: query.page, pageSize: query.pageSize };
}

export async function getSurvey(principal: Principal, id: string): Promise<SurveyView> {
  const row = await db.knowledgeSurvey.findUnique({ where: { id } });
  authorize(principal, "competence.read", row);
  return toSurveyViews([row!], await db.knowledgeSurvey.findMany({ where: { organizationId: row!.organizationId } }))[0];
}

/** Results only for areas the survey covered. */
function assertResults(areas: string[], results: Result[]) {
  const stray = results.filter((result) => !areas.includes(result.area));
  if (stray.length) throw badRequest("Resultat för ett område som inte kartlagts.", { results: [`Områden utan kartläggning: ${stray.map((r) => r.area).join(", ")}.`] });
}

const refs = (tx: Parameters<typeof assertReferences>[0], principal: Principal, orgUnitIds: string[] | undefined) =>
  assertReferences(tx, principal.organizationId, { orgUnitIds: { type: "org_unit", ids: orgUnitIds } });

export async function createSurvey(principal: Principal, input: SurveyCreate): Promise<SurveyView> {
  authorize(principal, "competence.write");
  assertResults(input.areas, input.results);
  const row = await createAudited(principal, "knowledge_survey", async (tx) => {
    await refs(tx, principal, input.orgUnitIds);
    return tx.knowledgeSurvey.create({ data: { ...input, organizationId: principal.organizationId } });
  });
  return getSurvey(principal, row.id);
}

export async function updateSurvey(principal: Principal, id: string, input: SurveyUpdate): Promise<SurveyView> {
  const { version, ...changes } = input;
  await updateAudited(principal, "knowledge_survey", {
    version,
    load: (tx) => tx.knowledgeSurvey.findUnique({ where: { id } }),
    check: (before) => authorize(principal, "competence.write", before),
    update: async (tx, before) => {
      await refs(tx, principal, changes.orgUnitIds);
      assertResults(changes.areas ?? before.areas, changes.results ?? resultsOf(before));
      return tx.knowledgeSurvey.update({ where: versionedWhere(id, version), data: { ...changes, ...nextVersion } });
    },
  });
  return getSurvey(principal, id);
}

export async function deleteSurvey(principal: Principal, id: string): Promise<void> {
  await deleteAudited(principal, "knowledge_survey", {
    load: (tx) => tx.knowledgeSurvey.findUnique({ where: { id } }),
    check: (before) => authorize(principal, "competence.write", before),
    remove: (tx) => tx.knowledgeSurvey.delete({ where: { id } }),
  });
}

/** A weak area becomes an action (source `survey`) proposing a training, in one transaction with its audit event. */
export async function suggestTraining(principal: Principal, id: string, input: SurveySuggest): Promise<{ actionId: string }> {
  authorize(principal, "competence.write");
  const survey = await db.knowledgeSurvey.findUnique({ where: { id } });
  authorize(principal, "competence.write", survey);
  if (!survey!.areas.includes(input.area)) throw badRequest("Området ingår inte i kartläggningen.", { area: ["Välj ett område som kartläggningen omfattade."] });
  const sv = competenceMessages.sv;
  const action = await db.$transaction(async (tx) => {
    const training = input.trainingId ? await tx.training.findFirst({ where: { id: input.trainingId, organizationId: principal.organizationId }, select: { title: true } }) : null;
    if (input.trainingId && !training) throw badRequest("Länkade poster finns inte.", { trainingId: ["Hittades inte i organisationen."] });
    return createActionInTx(tx, principal, {
      title: `${sv.suggest.title}: ${sv.areas[input.area]}`.slice(0, 200),
      description: training ? `${sv.suggest.training}: ${training.title}` : sv.suggest.description,
      dueAt: input.dueAt ?? null,
      status: "planned",
      source: { type: "survey", id },
    });
  });
  return { actionId: action.id };
}
