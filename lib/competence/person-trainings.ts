import "server-only";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { ownPerson } from "./queries";
import { coverageOf, personGroups, targets } from "./rules";
import type { PersonTrainingView, TrainingStatus } from "./schema";

type PersonRow = NonNullable<Awaited<ReturnType<typeof db.person.findUnique>>>;

/**
 * One person's trainings: the active or paused mandatory ones that target them and every training
 * they have completed, each with its status. One person is small, so the rules run here in JS.
 */
async function trainingsOf(person: PersonRow, now: Date): Promise<{ items: PersonTrainingView[] }> {
  const [trainings, last] = await Promise.all([
    db.training.findMany({ where: { organizationId: person.organizationId, status: { in: ["active", "paused", "retired"] } }, orderBy: { title: "asc" } }),
    db.trainingRecord.groupBy({ by: ["trainingId"], where: { personId: person.id }, _max: { completedAt: true } }),
  ]);
  const lastBy = new Map(last.map((row) => [row.trainingId, row._max.completedAt]));
  const groups = personGroups(person, now);
  const relevant = trainings.filter((t) => lastBy.has(t.id) || (t.mandatory && t.status !== "retired" && targets(t, groups)));
  return {
    items: relevant.map((training) => {
      const lastCompletedAt = lastBy.get(training.id) ?? null;
      const { status, dueAt } = coverageOf({ ...training, status: training.status as TrainingStatus }, person, lastCompletedAt, now);
      return {
        trainingId: training.id,
        title: training.title,
        mandatory: training.mandatory,
        status,
        lastCompletedAt: lastCompletedAt?.toISOString() ?? null,
        dueAt: dueAt?.toISOString() ?? null,
      };
    }),
  };
}

export async function personTrainings(principal: Principal, id: string, now = new Date()): Promise<{ items: PersonTrainingView[] }> {
  const person = await db.person.findUnique({ where: { id } });
  authorize(principal, "competence.read", person);
  return trainingsOf(person!, now);
}

/** The caller's own trainings: every role, the reporter included, sees only their own (none when not in the register). */
export async function myTrainings(principal: Principal, now = new Date()): Promise<{ items: PersonTrainingView[] }> {
  const person = await ownPerson(principal);
  return person ? trainingsOf(person, now) : { items: [] };
}
