import "server-only";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db, type Prisma } from "../db/client";
import { createAudited, deleteAudited } from "../db/mutation";
import { assertReferences } from "../db/references";
import { badRequest } from "../errors";
import { rate } from "./rules";
import type { RoundCreate, RoundView } from "./survey-schema";

type RoundRow = Prisma.PhishingRoundGetPayload<object>;

export function toRoundView(row: RoundRow): RoundView {
  return {
    id: row.id,
    trainingId: row.trainingId,
    sentAt: row.sentAt.toISOString(),
    recipients: row.recipients,
    clicked: row.clicked,
    reported: row.reported,
    clickRate: rate(row.clicked, row.recipients),
    reportRate: rate(row.reported, row.recipients),
    byUnit: row.byUnit as RoundView["byUnit"],
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

async function phishingTraining(principal: Principal, trainingId: string) {
  const training = await db.training.findUnique({ where: { id: trainingId } });
  authorize(principal, "competence.read", training);
  return training!;
}

/** The rounds of a phishing exercise, oldest first: the click and report rates over time. */
export async function listRounds(principal: Principal, trainingId: string): Promise<{ items: RoundView[] }> {
  await phishingTraining(principal, trainingId);
  const rows = await db.phishingRound.findMany({ where: { trainingId }, orderBy: [{ sentAt: "asc" }, { id: "asc" }] });
  return { items: rows.map(toRoundView) };
}

function assertCounts(input: Pick<RoundCreate, "recipients" | "clicked" | "reported">, prefix = "") {
  const fields: Record<string, string[]> = {};
  if (input.clicked > input.recipients) fields[`${prefix}clicked`] = ["Fler klick än mottagare."];
  if (input.reported > input.recipients) fields[`${prefix}reported`] = ["Fler rapporter än mottagare."];
  return fields;
}

export async function createRound(principal: Principal, trainingId: string, input: RoundCreate): Promise<RoundView> {
  authorize(principal, "competence.write");
  const training = await phishingTraining(principal, trainingId);
  authorize(principal, "competence.write", training);
  if (training.kind !== "phishing_exercise") throw badRequest("Utskick hör till en phishingövning.", { trainingId: ["Utbildningen är inte en phishingövning."] });
  const fields = { ...assertCounts(input), ...Object.assign({}, ...input.byUnit.map((unit, index) => assertCounts(unit, `byUnit.${index}.`))) };
  if (Object.keys(fields).length) throw badRequest("Kontrollera antalen.", fields);
  const row = await createAudited(principal, "phishing_round", async (tx) => {
    await assertReferences(tx, principal.organizationId, { byUnit: { type: "org_unit", ids: input.byUnit.map((unit) => unit.orgUnitId) } });
    return tx.phishingRound.create({ data: { ...input, trainingId, organizationId: principal.organizationId } });
  });
  return toRoundView(row);
}

export async function deleteRound(principal: Principal, trainingId: string, id: string): Promise<void> {
  await deleteAudited(principal, "phishing_round", {
    load: (tx) => tx.phishingRound.findFirst({ where: { id, trainingId } }),
    check: (before) => authorize(principal, "competence.write", before),
    remove: (tx) => tx.phishingRound.delete({ where: { id } }),
  });
}
