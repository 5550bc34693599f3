import { describe, expect, it } from "vitest";
import { POST as confirm } from "@/app/api/v1/risks/[id]/accept/confirm/route";
import { POST as accept } from "@/app/api/v1/risks/[id]/accept/route";
import { GET as getRisk, PATCH as patchRisk } from "@/app/api/v1/risks/[id]/route";
import { GET as getSettings, PUT as putSettings } from "@/app/api/v1/settings/risk/route";
import { createOrgWithRoles, createPrincipal } from "../../test/factories";
import { callRoute, tokenFor } from "../../test/http";
import { createTestRisk } from "../../test/risks-factories";
import { db } from "../db/client";

const SETTINGS = "/api/v1/settings/risk";
const raisedCriteria = { acceptance: { riskOwner: "low", ciso: "extreme", admin: "medium", management: "extreme" }, version: 1 };

describe("separation of duties in risk acceptance", () => {
  it("lets only admin change the acceptance criteria; the ciso reads them", async () => {
    const { admin, ciso } = await createOrgWithRoles();
    const [adminToken, cisoToken] = await Promise.all([tokenFor(admin), tokenFor(ciso)]);

    const raised = await callRoute(putSettings, cisoToken, { method: "PUT", path: SETTINGS, body: raisedCriteria });
    expect(raised.status).toBe(403);
    const read = await callRoute(getSettings, cisoToken, { path: SETTINGS });
    expect(read.status).toBe(200);
    expect(read.json.acceptance.ciso).toBe("medium");
    // Widening the medium band is widening the ciso's authority too.
    expect((await callRoute(putSettings, cisoToken, { method: "PUT", path: SETTINGS, body: { bands: { low: 2, medium: 12, high: 15 }, version: 1 } })).status).toBe(403);

    const byAdmin = await callRoute(putSettings, adminToken, { method: "PUT", path: SETTINGS, body: { ...raisedCriteria, requireDeciderConfirmation: true } });
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.json).toMatchObject({ acceptance: { ciso: "extreme" }, requireDeciderConfirmation: true });
    expect((await callRoute(getSettings, cisoToken, { path: SETTINGS })).json.acceptance.ciso).toBe("extreme");
  });

  it("records who registered a decision on the decider's behalf and shows it", async () => {
    const { ciso, management } = await createOrgWithRoles();
    const cisoToken = await tokenFor(ciso);
    const high = await createTestRisk(ciso, { likelihood: 4, consequence: 3 });
    const onBehalf = await callRoute(accept, cisoToken, {
      method: "POST",
      params: { id: high.id },
      body: { motivation: "Beslut i ledningsgruppen", decidedById: management.userId, version: 1 },
    });
    expect(onBehalf.status).toBe(200);
    expect(onBehalf.json).toMatchObject({
      status: "accepted",
      acceptance: { decidedById: management.userId, recordedById: ciso.userId, recordedByName: ciso.name, recordedOnBehalf: true, pendingConfirmation: false },
    });
    const stored = await db.risk.findUniqueOrThrow({ where: { id: high.id } });
    expect(stored).toMatchObject({ acceptanceDecidedById: management.userId, acceptanceRecordedById: ciso.userId });

    const medium = await createTestRisk(ciso, { likelihood: 2, consequence: 3 });
    const own = await callRoute(accept, cisoToken, { method: "POST", params: { id: medium.id }, body: { motivation: "Inom ramen", version: 1 } });
    expect(own.json.acceptance).toMatchObject({ decidedById: ciso.userId, recordedById: ciso.userId, recordedOnBehalf: false });
  });

  it("keeps an on-behalf decision unaccepted until the decider confirms it, when the organisation requires that", async () => {
    const { organization, admin, ciso, management } = await createOrgWithRoles();
    const otherManager = await createPrincipal(organization, "management");
    const outsider = (await createOrgWithRoles()).management;
    const [adminToken, cisoToken, managementToken, otherToken, outsiderToken] = await Promise.all([admin, ciso, management, otherManager, outsider].map(tokenFor));
    expect((await callRoute(putSettings, adminToken, { method: "PUT", path: SETTINGS, body: { requireDeciderConfirmation: true, version: 1 } })).status).toBe(200);

    const risk = await createTestRisk(ciso, { likelihood: 4, consequence: 4 });
    const proposed = await callRoute(accept, cisoToken, {
      method: "POST",
      params: { id: risk.id },
      body: { motivation: "Beslut i ledningsgruppen 12 mars", decidedById: management.userId, version: 1 },
    });
    expect(proposed.status).toBe(200);
    expect(proposed.json).toMatchObject({
      status: "acceptance_proposed",
      treatment: "accept",
      acceptance: { decidedById: management.userId, recordedById: ciso.userId, recordedOnBehalf: true, pendingConfirmation: true, confirmedAt: null },
    });
    const forced = await callRoute(patchRisk, cisoToken, { method: "PATCH", params: { id: risk.id }, body: { status: "accepted", version: 2 } });
    expect(forced.status).toBe(400);
    expect(forced.json.error.fields).toHaveProperty("status");
    expect((await callRoute(getRisk, managementToken, { params: { id: risk.id } })).json.status).toBe("acceptance_proposed");

    expect((await callRoute(confirm, cisoToken, { method: "POST", params: { id: risk.id }, body: { version: 2 } })).status).toBe(403);
    expect((await callRoute(confirm, otherToken, { method: "POST", params: { id: risk.id }, body: { version: 2 } })).status).toBe(403);
    expect((await callRoute(confirm, outsiderToken, { method: "POST", params: { id: risk.id }, body: { version: 2 } })).status).toBe(404);
    expect((await db.risk.findUniqueOrThrow({ where: { id: risk.id } })).status).toBe("acceptance_proposed");

    const confirmed = await callRoute(confirm, managementToken, { method: "POST", params: { id: risk.id }, body: { version: 2 } });
    expect(confirmed.status).toBe(200);
    expect(confirmed.json).toMatchObject({ status: "accepted", version: 3, acceptance: { decidedById: management.userId, recordedOnBehalf: true, pendingConfirmation: false } });
    expect(confirmed.json.acceptance.confirmedAt).not.toBeNull();
    expect(await db.auditEvent.count({ where: { entityId: risk.id, action: "accept.confirm", actorId: management.userId } })).toBe(1);
    expect((await callRoute(confirm, managementToken, { method: "POST", params: { id: risk.id }, body: { version: 3 } })).status).toBe(409);

    // The decider's own decision needs no confirmation.
    const own = await createTestRisk(ciso, { likelihood: 4, consequence: 4 });
    const direct = await callRoute(accept, managementToken, { method: "POST", params: { id: own.id }, body: { motivation: "Eget beslut", version: 1 } });
    expect(direct.json).toMatchObject({ status: "accepted", acceptance: { recordedOnBehalf: false, pendingConfirmation: false } });
  });
});
