import { describe, expect, it } from "vitest";
import { createOrganization, createPrincipal } from "../../test/factories";
import { complete, createCourses, createPerson, daysAgo, monthsAgo } from "../../test/competence-factories";
import { db } from "../db/client";
import { trainingWork } from "./work";

describe("training reminders", () => {
  it("lists due-soon and overdue mandatory trainings per person, by user or e-mail, none for a paused course", async () => {
    const organization = await createOrganization();
    const user = await createPrincipal(organization, "reporter");
    const { yearly } = await createCourses(organization.id);
    const old = monthsAgo(36);
    const [linked, mailed, silent, fine] = await Promise.all([
      createPerson(organization.id, { name: "Länkad", startedAt: old }),
      createPerson(organization.id, { name: "Mejl", email: "mejl@test.se", startedAt: old }),
      createPerson(organization.id, { name: "Utan adress", startedAt: old }),
      createPerson(organization.id, { name: "Klar", email: "klar@test.se", startedAt: old }),
    ]);
    await db.person.update({ where: { id: linked.id }, data: { userId: user.userId } });
    await complete(organization.id, linked.id, yearly.id, monthsAgo(13));
    await complete(organization.id, mailed.id, yearly.id, daysAgo(350));
    await complete(organization.id, silent.id, yearly.id, monthsAgo(13));
    await complete(organization.id, fine.id, yearly.id, daysAgo(10));
    const now = new Date();
    const items = await trainingWork.dueItems(organization.id, now);
    expect(items.map((item) => [item.title, item.state, item.recipients])).toEqual([
      ["Grundkurs – Länkad", "overdue", [{ userId: user.userId }]],
      ["Grundkurs – Mejl", "due_soon", [{ email: "mejl@test.se", name: "Mejl" }]],
    ]);
    expect(await trainingWork.forUser(organization.id, user.userId, now)).toEqual([expect.objectContaining({ kind: "training_due", state: "overdue", recordId: yearly.id })]);
    await db.training.update({ where: { id: yearly.id }, data: { status: "paused" } });
    expect(await trainingWork.dueItems(organization.id, now)).toEqual([]);
  });
});
