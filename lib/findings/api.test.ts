import { describe, expect, it } from "vitest";
import { GET as actionsRoute } from "@/app/api/v1/actions/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/findings/route";
import { GET as getRoute, PATCH as patchRoute } from "@/app/api/v1/findings/[id]/route";
import { POST as actionRoute } from "@/app/api/v1/findings/[id]/actions/route";
import { POST as escalateRoute } from "@/app/api/v1/findings/[id]/escalation/route";
import { POST as transitionRoute } from "@/app/api/v1/findings/[id]/transitions/route";
import { POST as verifyRoute } from "@/app/api/v1/findings/[id]/verification/route";
import { GET as exportRoute } from "@/app/api/v1/findings/export/route";
import { createTestAsset } from "../../test/assets-factories";
import { createOrgUnit, createOrgWithRoles } from "../../test/factories";
import { callRoute } from "../../test/http";
import { createPlannedAudit } from "../../test/internal-audit";
import { findingWork } from "./work";
import { POST as reportRoute } from "@/app/api/v1/audits/[id]/reports/route";
import { defaultResponseDue } from "../audits/rules";
import { db } from "../db/client";

type Who = Parameters<typeof callRoute>[1];
const post = (route: typeof transitionRoute, who: Who, id: string, body: Record<string, unknown>) => callRoute(route, who, { params: { id }, body });
const patch = (who: Who, id: string, body: Record<string, unknown>) => callRoute(patchRoute, who, { method: "PATCH", params: { id }, body });

async function setup() {
  const org = await createOrgWithRoles();
  const { audit } = await createPlannedAudit(org.auditor);
  const create = async (body: Record<string, unknown>) => {
    const answer = await callRoute(createRoute, org.auditor, { body: { auditId: audit.id, ...body } });
    expect(answer.status).toBe(201);
    return answer.json;
  };
  return { ...org, audit, create };
}

describe("findings through the API", () => {
  it("lets the responsible reporter answer the response (200) but not change the type (403)", async () => {
    const { reporter, informationOwner, create } = await setup();
    const finding = await create({ type: "minor_nonconformity", title: "Behörigheter granskas inte", responsibleId: reporter.userId, responseDueAt: "2030-01-31" });
    const typed = await patch(reporter, finding.id, { type: "observation", version: 1 });
    expect(typed.status).toBe(403);
    expect(typed.json.error.fields).toHaveProperty("type");
    const answered = await patch(reporter, finding.id, { rootCause: "Ingen utsedd ägare av rutinen.", actionPlan: "Utse ägare och granska kvartalsvis.", version: 1 });
    expect(answered.status).toBe(200);
    expect(answered.json).toMatchObject({ rootCause: "Ingen utsedd ägare av rutinen.", version: 2 });
    // Someone else with the same role may neither read nor answer it.
    expect((await patch(informationOwner, finding.id, { rootCause: "x", version: 2 })).status).toBe(403);
    expect((await callRoute(getRoute, informationOwner, { params: { id: finding.id } })).status).toBe(403);
    const submitted = await post(transitionRoute, reporter, finding.id, { status: "plan_submitted", version: 2 });
    expect(submitted.json).toMatchObject({ status: "plan_submitted" });
    expect((await post(transitionRoute, reporter, finding.id, { status: "plan_accepted", version: 3 })).status).toBe(403);
    expect((await callRoute(getRoute, reporter, { params: { id: finding.id } })).status).toBe(200);
    // The reporter's list holds only the findings they answer for.
    const list = await callRoute(listRoute, reporter);
    expect(list.json.items.map((item: { id: string }) => item.id)).toEqual([finding.id]);
  });

  it("lists a nonconformity without an accepted plan past its response date under overdue=true", async () => {
    const { auditor, create } = await setup();
    const late = await create({ type: "major_nonconformity", title: "Ingen incidentrutin", responseDueAt: "2020-01-01" });
    await create({ type: "minor_nonconformity", title: "Svar i tid", responseDueAt: "2099-01-01" });
    await create({ type: "observation", title: "Observation med passerat datum", responseDueAt: "2020-01-01" });
    const overdue = await callRoute(listRoute, auditor, { path: "/api/v1/findings?overdue=true" });
    expect(overdue.json.items.map((item: { id: string }) => item.id)).toEqual([late.id]);
    expect(overdue.json.items[0].overdue).toBe(true);
  });

  it("puts a finding's action in the action tracker with source finding", async () => {
    const { auditor, reporter, create } = await setup();
    const finding = await create({ type: "minor_nonconformity", title: "Loggar granskas inte", responsibleId: reporter.userId });
    const action = await post(actionRoute, reporter, finding.id, { title: "Inför veckovis logggranskning", dueAt: "2030-02-01" });
    expect(action.status).toBe(201);
    expect(action.json).toMatchObject({ source: { type: "finding", id: finding.id } });
    const tracker = await callRoute(actionsRoute, auditor, { path: `/api/v1/actions?source=finding:${finding.id}` });
    expect(tracker.json.items.map((item: { id: string }) => item.id)).toEqual([action.json.id]);
  });

  it("reopens a finding whose effectiveness check fails and closes a positive finding at once", async () => {
    const { auditor, reporter, create } = await setup();
    const positive = await create({ type: "positive", title: "Bra utbildningsrutin" });
    expect(positive).toMatchObject({ status: "closed", responseDueAt: null });
    const finding = await create({ type: "minor_nonconformity", title: "Säkerhetskopior testas inte", responsibleId: reporter.userId });
    await patch(reporter, finding.id, { actionPlan: "Testa återläsning varje kvartal.", version: 1 });
    await post(transitionRoute, reporter, finding.id, { status: "plan_submitted", version: 2 });
    await post(transitionRoute, auditor, finding.id, { status: "plan_accepted", version: 3 });
    expect((await post(verifyRoute, auditor, finding.id, { effective: true, version: 4 })).json.error.code).toBe("not_implemented");
    await post(transitionRoute, reporter, finding.id, { status: "implemented", version: 4 });
    const reopened = await post(verifyRoute, auditor, finding.id, { effective: false, note: "Inget test gjort.", version: 5 });
    expect(reopened.json).toMatchObject({ status: "open", effective: false, verificationNote: "Inget test gjort." });
    const skipped = await post(transitionRoute, auditor, finding.id, { status: "closed", version: 6 });
    expect(skipped.json.error).toMatchObject({ code: "finding_status_move", params: { allowed: ["plan_submitted"] } });
  });

  it("escalates a finding, and exports the register as CSV", async () => {
    const { auditor, management, create } = await setup();
    const finding = await create({ type: "major_nonconformity", title: "Ingen kontinuitetsplan", responseDueAt: "2020-01-01" });
    const escalated = await post(escalateRoute, auditor, finding.id, { escalatedToId: management.userId, note: "Svar saknas", version: 1 });
    expect(escalated.json).toMatchObject({ escalatedToId: management.userId, escalationNote: "Svar saknas" });
    const list = await callRoute(listRoute, management, { path: "/api/v1/findings?escalated=true" });
    expect(list.json.total).toBe(1);
    const csv = await callRoute(exportRoute, auditor, { path: "/api/v1/findings/export?format=csv" });
    expect(csv.status).toBe(200);
    expect(await csv.response.text()).toContain("Ingen kontinuitetsplan");
  });

  it("gives findings 30 days from the report to answer, also those recorded after it", async () => {
    const { auditor, audit, create } = await setup();
    const before = await create({ type: "minor_nonconformity", title: "Före rapporten" });
    expect(before.responseDueAt).toBeNull();
    await db.audit.update({ where: { id: audit.id }, data: { status: "performed" } });
    const issued = await callRoute(reportRoute, auditor, { params: { id: audit.id }, body: { summary: "Sammanfattning", conclusion: "not_conforming", version: 1 } });
    expect(issued.status).toBe(201);
    const report = await db.auditReport.findFirstOrThrow({ where: { auditId: audit.id } });
    const due = defaultResponseDue(report.issuedAt).toISOString();
    expect((await callRoute(getRoute, auditor, { params: { id: before.id } })).json.responseDueAt).toBe(due);
    const after = await create({ type: "observation", title: "Efter rapporten" });
    expect(new Date(after.responseDueAt).getTime()).toBeGreaterThanOrEqual(new Date(due).getTime());
  });

  it("shows an information owner the findings of the units where they own assets", async () => {
    const { organization, ciso, informationOwner, create } = await setup();
    const [mine, other] = await Promise.all([createOrgUnit(organization.id), createOrgUnit(organization.id)]);
    await createTestAsset(ciso, { orgUnitId: mine.id, ownerId: informationOwner.userId });
    const seen = await create({ type: "observation", title: "I min verksamhet", orgUnitId: mine.id });
    await create({ type: "observation", title: "I en annan verksamhet", orgUnitId: other.id });
    const list = await callRoute(listRoute, informationOwner);
    expect(list.json.items.map((item: { id: string }) => item.id)).toEqual([seen.id]);
  });

  it("answers 404 for another organisation's finding", async () => {
    const mine = await setup();
    const other = await setup();
    const unit = await createOrgUnit(other.organization.id);
    const theirs = await other.create({ type: "observation", title: "Annan kommun", orgUnitId: unit.id });
    expect((await callRoute(getRoute, mine.auditor, { params: { id: theirs.id } })).status).toBe(404);
    expect((await patch(mine.auditor, theirs.id, { title: "x", version: 1 })).status).toBe(404);
  });
});

describe("the finding response as due work", () => {
  it("is due soon within 7 days and overdue after, for the responsible person, until the plan is accepted", async () => {
    const { organization, reporter, auditor, create } = await setup();
    const now = new Date("2026-06-01T08:00:00Z");
    const soon = await create({ type: "minor_nonconformity", title: "Snart", responsibleId: reporter.userId, responseDueAt: "2026-06-05" });
    const late = await create({ type: "major_nonconformity", title: "Sen", responsibleId: reporter.userId, responseDueAt: "2026-05-20" });
    await create({ type: "minor_nonconformity", title: "Senare", responsibleId: reporter.userId, responseDueAt: "2026-07-30" });
    await create({ type: "observation", title: "Obs", responsibleId: reporter.userId, responseDueAt: "2026-05-20" });
    const due = await findingWork.dueItems(organization.id, now);
    expect(due.map((item) => [item.recordId, item.state, item.recipients]).sort()).toEqual(
      [
        [soon.id, "due_soon", [{ userId: reporter.userId }]],
        [late.id, "overdue", [{ userId: reporter.userId }]],
      ].sort(),
    );
    expect((await findingWork.forUser(organization.id, reporter.userId, now)).map((item) => item.state).sort()).toEqual(["due_soon", "overdue", "upcoming"]);
    expect(await findingWork.forUser(organization.id, auditor.userId, now)).toEqual([]);
  });
});
