import { describe, expect, it } from "vitest";
import { createOrganization } from "../../test/factories";
import { complete, createCourses, createPerson, daysAgo, monthsAgo } from "../../test/competence-factories";
import { db } from "../db/client";
import { pairsIn } from "./coverage";
import { coverageOf, personGroups, targets } from "./rules";
import type { TrainingStatus } from "./schema";

describe("coverage in SQL", () => {
  it("gives every person and training the status and due date rules.ts gives", async () => {
    const organization = await createOrganization();
    const now = new Date();
    const { yearly, newStaff } = await createCourses(organization.id);
    const managers = await db.training.create({ data: { organizationId: organization.id, title: "Chefer", kind: "workshop", mandatory: true, recurrenceMonths: 24, status: "active", targetGroups: ["managers"] } });
    const starts = [monthsAgo(60), daysAgo(10), daysAgo(45), daysAgo(400), monthsAgo(30)];
    const completions = [null, daysAgo(3), daysAgo(340), monthsAgo(11), monthsAgo(13), monthsAgo(25)];
    const people = await Promise.all(starts.flatMap((startedAt, i) => completions.map((_, j) => createPerson(organization.id, { name: `P${i}-${j}`, startedAt }))));
    await Promise.all(people.map((person, k) => db.person.update({ where: { id: person.id }, data: { targetGroups: k % 3 === 0 ? ["managers"] : [] } })));
    const trainings = [yearly, newStaff, managers];
    await Promise.all(people.flatMap((person, k) => trainings.map((training, m) => {
      const at = completions[(k + m) % completions.length];
      return at ? complete(organization.id, person.id, training.id, at) : null;
    })));
    const rows = await pairsIn(organization.id, now, ["current", "due_soon", "overdue", "never"], { take: 10_000 });
    const fresh = await db.person.findMany({ where: { organizationId: organization.id } });
    const expected = fresh.flatMap((person) => trainings.filter((training) => targets(training, personGroups(person, now))).map((training) => {
      const last = completions[(people.findIndex((p) => p.id === person.id) + trainings.indexOf(training)) % completions.length];
      const { status, dueAt } = coverageOf({ ...training, status: training.status as TrainingStatus }, person, last, now);
      return `${person.id}/${training.id}/${status}/${dueAt?.toISOString() ?? "-"}`;
    }));
    const actual = rows.map((row) => `${row.person_id}/${row.training_id}/${row.status}/${row.due?.toISOString() ?? "-"}`);
    expect(actual.sort()).toEqual(expected.sort());
    expect(new Set(rows.map((row) => row.status))).toEqual(new Set(["current", "due_soon", "overdue", "never"]));
  });
});
