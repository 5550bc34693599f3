import { describe, expect, it } from "vitest";
import * as decideRoute from "@/app/api/v1/risks/[id]/acceptance-decision/route";
import * as proposeRoute from "@/app/api/v1/risks/[id]/acceptance-proposal/route";
import * as awaitingRoute from "@/app/api/v1/risks/awaiting-decision/route";
import * as risksRoute from "@/app/api/v1/risks/route";
import { createOrgWithRoles } from "../../test/factories";
import { callRoute } from "../../test/http";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";

type Org = Awaited<ReturnType<typeof createOrgWithRoles>>;

/** A risk at level 12 (high): under the default criteria only management may accept it. */
async function highRisk(org: Org, ownerId?: string) {
  const created = await callRoute(risksRoute.POST, org.ciso, { body: { title: "Brand i serverrummet", likelihood: 3, consequence: 4, ownerId } });
  expect(created.status).toBe(201);
  return created.json as { id: string; version: number };
}

const propose = (who: Principal, risk: { id: string; version: number }, motivation = "Kostnaden för släckning står inte i proportion") =>
  callRoute(proposeRoute.POST, who, { params: { id: risk.id }, body: { motivation, version: risk.version } });
const decide = (who: Principal, risk: { id: string; version: number }, decision: "accept" | "reject", motivation = "Ledningsgruppen beslutade 27/11") =>
  callRoute(decideRoute.POST, who, { params: { id: risk.id }, body: { decision, motivation, version: risk.version } });
const awaitingIds = async (who: Principal) => ((await callRoute(awaitingRoute.GET, who)).json.items as { id: string }[]).map((risk) => risk.id);

describe("proposing a risk acceptance and deciding it", () => {
  it("lets a ciso propose what only management may accept; management finds it waiting and accepts it", async () => {
    const org = await createOrgWithRoles();
    const risk = await highRisk(org);
    const proposed = await propose(org.ciso, risk);
    expect(proposed.status).toBe(200);
    expect(proposed.json).toMatchObject({ status: "acceptance_proposed", treatment: "accept", acceptance: { decidedById: null, recordedById: org.ciso.userId, pendingConfirmation: true } });

    expect(await awaitingIds(org.management)).toEqual([risk.id]);
    expect(await awaitingIds(org.ciso)).toEqual([]);
    const refused = await decide(org.ciso, proposed.json, "accept");
    expect(refused.status).toBe(403);
    expect(refused.json.error.params).toMatchObject({ band: "high", deciders: ["management"] });

    const accepted = await decide(org.management, proposed.json, "accept");
    expect(accepted.status).toBe(200);
    expect(accepted.json).toMatchObject({ status: "accepted", acceptance: { decidedById: org.management.userId, motivation: "Ledningsgruppen beslutade 27/11", pendingConfirmation: false } });
    expect(await awaitingIds(org.management)).toEqual([]);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: risk.id, action: "accept.confirm" } });
    expect(event.after).toMatchObject({ decisionMotivation: "Ledningsgruppen beslutade 27/11", status: "accepted" });
  });

  it("reopens a rejected proposal without a treatment and keeps the reason in the trail", async () => {
    const org = await createOrgWithRoles();
    const proposed = (await propose(org.ciso, await highRisk(org))).json;
    const rejected = await decide(org.management, proposed, "reject", "Brandlarm ska installeras i stället");
    expect(rejected.status).toBe(200);
    expect(rejected.json).toMatchObject({ status: "open", treatment: null, acceptance: null });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: proposed.id, action: "accept.reject" } });
    expect(event.after).toMatchObject({ decisionMotivation: "Brandlarm ska installeras i stället" });
    expect((await decide(org.management, rejected.json, "accept")).json.error.code).toBe("acceptance_not_pending");
    expect((await propose(org.ciso, rejected.json)).status).toBe(200);
  });

  it("refuses proposals from those who may not propose, twice, and across organisations", async () => {
    const org = await createOrgWithRoles();
    const other = await createOrgWithRoles();
    const risk = await highRisk(org, org.informationOwner.userId);
    expect((await propose(org.reporter, risk)).status).toBe(403);
    expect((await propose(org.auditor, risk)).status).toBe(403);
    expect((await propose(other.ciso, risk)).status).toBe(404);
    expect((await callRoute(proposeRoute.POST, org.ciso, { params: { id: risk.id }, body: { motivation: "", version: risk.version } })).json.error.fields).toHaveProperty("motivation");
    const byOwner = await propose(org.informationOwner, risk);
    expect(byOwner.status).toBe(200);
    expect((await propose(org.ciso, byOwner.json)).json.error.code).toBe("acceptance_not_proposable");
    expect((await decide(other.management, byOwner.json, "accept")).status).toBe(404);
  });
});
