import { describe, expect, it } from "vitest";
import { GET as indicators } from "@/app/api/v1/indicators/route";
import { GET as myTrainings } from "@/app/api/v1/me/trainings/route";
import { GET as coverage } from "@/app/api/v1/people/coverage/route";
import { POST as importPeople } from "@/app/api/v1/people/import/route";
import { GET as overdue } from "@/app/api/v1/people/overdue/route";
import { GET as overdueExport } from "@/app/api/v1/people/overdue/export/route";
import { GET as listPeople, POST as createPerson } from "@/app/api/v1/people/route";
import { GET as getPerson, PATCH as patchPerson } from "@/app/api/v1/people/[id]/route";
import { GET as personTrainings } from "@/app/api/v1/people/[id]/trainings/route";
import { POST as importRecords } from "@/app/api/v1/training-records/import/route";
import { POST as session } from "@/app/api/v1/training-records/session/route";
import { GET as getTraining } from "@/app/api/v1/trainings/[id]/route";
import { createOrgUnit, createOrgWithRoles } from "../../test/factories";
import { complete, createCourses, createPerson as makePerson, csvForm, daysAgo, monthsAgo } from "../../test/competence-factories";
import { callRoute, tokenFor } from "../../test/http";
import { db } from "../db/client";

const statusOf = (answer: { json: { items: { trainingId: string; status: string }[] } }, trainingId: string) => answer.json.items.find((item) => item.trainingId === trainingId)?.status;

describe("competence API", () => {
  it("is overdue 13 months after a yearly course and current 11 months after; the reporter sees only their own", async () => {
    const { organization, ciso, reporter } = await createOrgWithRoles();
    const token = await tokenFor(ciso);
    const { yearly } = await createCourses(organization.id);
    const longAgo = monthsAgo(36);
    const [late, fresh] = await Promise.all([
      makePerson(organization.id, { name: "Sen", startedAt: longAgo }),
      makePerson(organization.id, { name: "Aktuell", startedAt: longAgo, email: reporter.email }),
    ]);
    await complete(organization.id, late.id, yearly.id, monthsAgo(13));
    await complete(organization.id, fresh.id, yearly.id, monthsAgo(11));
    const lateAnswer = await callRoute(personTrainings, token, { params: { id: late.id } });
    expect(lateAnswer.status).toBe(200);
    expect(statusOf(lateAnswer, yearly.id)).toBe("overdue");
    expect(statusOf(await callRoute(personTrainings, token, { params: { id: fresh.id } }), yearly.id)).toBe("current");

    expect((await callRoute(listPeople, reporter, { path: "/api/v1/people" })).status).toBe(403);
    const own = await callRoute(myTrainings, reporter, { path: "/api/v1/me/trainings" });
    expect(own.status).toBe(200);
    expect(own.json.items).toEqual([expect.objectContaining({ trainingId: yearly.id, status: "current" })]);

    const listed = await callRoute(overdue, token, { path: "/api/v1/people/overdue" });
    expect(listed.json.items.map((item: { personName: string }) => item.personName)).toEqual(["Sen"]);
    const file = await callRoute(overdueExport, token, { path: "/api/v1/people/overdue/export?format=csv" });
    expect(file.status).toBe(200);
    expect(await file.response.text()).toContain("Sen");
  });

  it("counts every indicator exactly", async () => {
    const { organization, ciso } = await createOrgWithRoles();
    const token = await tokenFor(ciso);
    const { yearly, newStaff } = await createCourses(organization.id);
    const [u1, u2, u3] = await Promise.all([createOrgUnit(organization.id), createOrgUnit(organization.id), createOrgUnit(organization.id)]);
    const old = monthsAgo(36);
    const [a, b, c, d, starter, onTime] = await Promise.all([
      makePerson(organization.id, { name: "A", orgUnitId: u1.id, startedAt: old }),
      makePerson(organization.id, { name: "B", orgUnitId: u1.id, startedAt: old }),
      makePerson(organization.id, { name: "C", orgUnitId: u2.id, startedAt: old }),
      makePerson(organization.id, { name: "D", orgUnitId: u3.id, startedAt: old }),
      // A new starter 40 days in without the new-staff course counts against new_staff_on_time_share.
      makePerson(organization.id, { name: "Ny", orgUnitId: u2.id, startedAt: daysAgo(40) }),
      makePerson(organization.id, { name: "I tid", startedAt: daysAgo(20) }),
    ]);
    await Promise.all([
      complete(organization.id, a.id, yearly.id, monthsAgo(13)),
      complete(organization.id, b.id, yearly.id, monthsAgo(2)),
      complete(organization.id, c.id, yearly.id, monthsAgo(1)),
      complete(organization.id, d.id, yearly.id, monthsAgo(1)),
      complete(organization.id, starter.id, yearly.id, daysAgo(10)),
      complete(organization.id, onTime.id, newStaff.id, daysAgo(5)),
    ]);
    const phishing = await db.training.create({ data: { organizationId: organization.id, title: "Phishing", kind: "phishing_exercise", status: "active" } });
    await db.phishingRound.createMany({
      data: [
        { organizationId: organization.id, trainingId: phishing.id, sentAt: daysAgo(300), recipients: 100, clicked: 30, reported: 10 },
        { organizationId: organization.id, trainingId: phishing.id, sentAt: daysAgo(10), recipients: 200, clicked: 20, reported: 50 },
      ],
    });
    await db.knowledgeSurvey.create({ data: { organizationId: organization.id, title: "Enkät", conductedAt: daysAgo(30), method: "questionnaire", areas: ["rules", "threats_risks", "incident_response"] } });

    const answer = await callRoute(indicators, token, { path: "/api/v1/indicators?perspective=kompetens" });
    expect(answer.status).toBe(200);
    const byKey = Object.fromEntries(answer.json.items.map((item: { key: string }) => [item.key, item]));
    // Current: B, C, D. Not: A (overdue), Ny (no new-staff course), I tid (yearly never done).
    expect(byKey["training.staff_current_share"]).toMatchObject({ numerator: 3, denominator: 6, value: 0.5 });
    expect(byKey["training.new_staff_on_time_share"]).toMatchObject({ numerator: 1, denominator: 2 });
    // u1: 1 of 2, u2: 1 of 2, u3: 1 of 1 → only u3 reaches 80 %; "I tid" has no unit.
    expect(byKey["training.units_covered_share"]).toMatchObject({ numerator: 1, denominator: 3 });
    expect(byKey["surveys.areas_covered_share"]).toMatchObject({ numerator: 3, denominator: 5, value: 0.6 });
    expect(byKey["phishing.report_rate"].value).toBeCloseTo(0.25);
    expect(byKey["phishing.click_rate_change"].value).toBeCloseTo(-0.2);

    const units = await callRoute(coverage, token, { path: "/api/v1/people/coverage" });
    expect(units.json).toMatchObject({ people: 6, current: 3 });
    expect(units.json.byUnit.find((row: { key: string }) => row.key === u3.id)).toMatchObject({ people: 1, current: 1, share: 1 });
    expect(units.json.byGroup.find((row: { key: string }) => row.key === "new_staff")).toMatchObject({ people: 2, current: 0 });

    // Pausing the yearly course stops its due dates: A is no longer overdue on it.
    await db.training.update({ where: { id: yearly.id }, data: { status: "paused" } });
    const afterPause = await callRoute(personTrainings, token, { params: { id: a.id } });
    expect(afterPause.json.items.find((item: { trainingId: string }) => item.trainingId === yearly.id)).toMatchObject({ status: "overdue", dueAt: null });
  });

  it("imports training records all or nothing, naming the row of an unknown person", async () => {
    const { organization, ciso } = await createOrgWithRoles();
    const token = await tokenFor(ciso);
    const { yearly } = await createCourses(organization.id);
    await makePerson(organization.id, { name: "Känd", employeeNumber: "1001" });
    await makePerson(organization.id, { name: "Med e-post", email: "anna@test.se" });
    const refused = await callRoute(importRecords, token, {
      path: "/api/v1/training-records/import",
      form: csvForm(["Anställningsnummer;E-post;Utbildning;Genomförd", "1001;;Grundkurs;2026-01-10", "9999;;Grundkurs;2026-01-10"]),
    });
    expect(refused.status).toBe(400);
    expect(Object.keys(refused.json.error.fields)).toEqual(["rad 3.employeeNumber"]);
    expect(await db.trainingRecord.count({ where: { organizationId: organization.id } })).toBe(0);

    const imported = await callRoute(importRecords, token, {
      path: `/api/v1/training-records/import?trainingId=${yearly.id}`,
      form: csvForm(["Anställningsnummer;E-post;Genomförd;Resultat", "1001;;2026-01-10;90", ";ANNA@test.se;2026-01-11;"]),
    });
    expect(imported.status).toBe(201);
    expect(imported.json).toEqual({ imported: 2 });
    expect(await db.auditEvent.count({ where: { organizationId: organization.id, entity: "training_record", action: "import" } })).toBe(2);
  });

  it("previews an HR sync without changing anything, then commits it", async () => {
    const { organization, ciso } = await createOrgWithRoles();
    const token = await tokenFor(ciso);
    const unit = await createOrgUnit(organization.id, "Socialtjänsten");
    await Promise.all([
      makePerson(organization.id, { name: "Ett", employeeNumber: "1" }),
      makePerson(organization.id, { name: "Två", employeeNumber: "2" }),
      makePerson(organization.id, { name: "Tre", employeeNumber: "3" }),
    ]);
    const file = ["Namn,Anställningsnummer,E-post,Verksamhet,Målgrupper,Anställd från", "Ett Nytt,1,,Socialtjänsten,chefer,2020-01-01", "Två,2,,,,", "Fyra,4,fyra@test.se,Socialtjänsten,,2026-11-01"];
    const preview = await callRoute(importPeople, token, { path: "/api/v1/people/import?mode=preview", form: csvForm(file) });
    expect(preview.status).toBe(200);
    expect(preview.json).toMatchObject({ mode: "preview", created: 1, updated: 1, ended: 1, errors: 0 });
    expect(await db.person.count({ where: { organizationId: organization.id } })).toBe(3);
    expect(await db.person.count({ where: { organizationId: organization.id, endedAt: { not: null } } })).toBe(0);

    const bad = await callRoute(importPeople, token, { path: "/api/v1/people/import?mode=commit", form: csvForm([file[0], "Fem,5,,Okänd enhet,,"]) });
    expect(bad.status).toBe(400);
    expect(bad.json.error.fields).toHaveProperty(["rad 2.orgUnit"]);

    const commit = await callRoute(importPeople, token, { path: "/api/v1/people/import?mode=commit", form: csvForm(file) });
    expect(commit.status).toBe(200);
    const people = await db.person.findMany({ where: { organizationId: organization.id }, orderBy: { employeeNumber: "asc" } });
    expect(people.map((p) => [p.employeeNumber, p.name, p.endedAt !== null])).toEqual([["1", "Ett Nytt", false], ["2", "Två", false], ["3", "Tre", true], ["4", "Fyra", false]]);
    expect(people[0]).toMatchObject({ orgUnitId: unit.id, targetGroups: ["managers"] });
  });

  it("registers a session, checks versions and hides other organisations' records", async () => {
    const [ours, theirs] = await Promise.all([createOrgWithRoles(), createOrgWithRoles()]);
    const token = await tokenFor(ours.ciso);
    const { yearly } = await createCourses(ours.organization.id);
    const foreign = await createCourses(theirs.organization.id);
    const created = await callRoute(createPerson, token, { path: "/api/v1/people", body: { name: "Kim", email: "Kim@Test.se" } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ email: "kim@test.se", version: 1 });
    const other = await makePerson(ours.organization.id, { name: "Lo" });
    const registered = await callRoute(session, token, { path: "/api/v1/training-records/session", body: { trainingId: yearly.id, completedAt: "2026-11-01", personIds: [created.json.id, other.id] } });
    expect(registered.status).toBe(201);
    expect(registered.json).toEqual({ created: 2 });
    const withForeign = await callRoute(session, token, { path: "/api/v1/training-records/session", body: { trainingId: foreign.yearly.id, completedAt: "2026-11-01", personIds: [other.id] } });
    expect(withForeign.status).toBe(400);

    expect((await callRoute(patchPerson, token, { method: "PATCH", params: { id: created.json.id }, body: { name: "Kim A", version: 1 } })).status).toBe(200);
    expect((await callRoute(patchPerson, token, { method: "PATCH", params: { id: created.json.id }, body: { name: "Kim B", version: 1 } })).status).toBe(409);
    expect((await callRoute(createPerson, token, { path: "/api/v1/people", body: { name: "X", shoeSize: 42 } })).status).toBe(400);

    const stranger = await tokenFor(theirs.ciso);
    expect((await callRoute(getPerson, stranger, { params: { id: other.id } })).status).toBe(404);
    expect((await callRoute(getTraining, stranger, { params: { id: yearly.id } })).status).toBe(404);
    expect((await callRoute(personTrainings, stranger, { params: { id: other.id } })).status).toBe(404);
  });
});
