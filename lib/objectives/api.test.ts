import { describe, expect, it } from "vitest";
import { DELETE as deleteRoute, GET as getRoute, PATCH as patchRoute } from "@/app/api/v1/objectives/[id]/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/objectives/route";
import { POST as createReview } from "@/app/api/v1/management-reviews/route";
import { createOrgWithRoles } from "../../test/factories";
import { callRoute } from "../../test/http";
import { createTestRisk } from "../../test/risks-factories";
import type { Principal } from "../authz/roles";
import { updateRisk } from "../risks/service";

const body = { title: "Beslutad behandling för alla risker", perspective: "riskhantering", indicatorKey: "risks.treatment_decided_share", target: 1, dueAt: "2026-12-31" };
const create = (who: Principal, extra: Record<string, unknown> = {}) => callRoute(createRoute, who, { body: { ...body, ...extra } });

describe("information-security objectives", () => {
  it("reads progress live from the indicator and appears in section d of a review", async () => {
    const { ciso, management } = await createOrgWithRoles();
    const risk = await createTestRisk(ciso);
    const created = await create(management, { ownerId: ciso.userId });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ target: 1, current: 0, unit: "share", ownerName: ciso.name, dueAt: "2026-12-31" });
    await updateRisk(ciso, risk.id, { treatment: "reduce", version: risk.version });
    expect((await callRoute(getRoute, management, { params: { id: created.json.id } })).json.current).toBe(1);

    const review = await callRoute(createReview, management, { body: { title: "Genomgång", periodFrom: "2020-01-01", periodTo: "2030-12-31" } });
    expect(review.json.sections.d.objectives).toEqual([expect.objectContaining({ id: created.json.id, target: 1, current: 1 })]);
  });

  it("refuses an unknown indicator, a stale version, other roles and other organisations", async () => {
    const mine = await createOrgWithRoles();
    const other = await createOrgWithRoles();
    expect((await create(mine.management, { indicatorKey: "no.such_indicator" })).status).toBe(400);
    const id = (await create(mine.management)).json.id;
    const patch = (who: Principal, patchBody: Record<string, unknown>) => callRoute(patchRoute, who, { method: "PATCH", params: { id }, body: patchBody });
    expect((await patch(mine.management, { target: 0.9, version: 1 })).json).toMatchObject({ target: 0.9, version: 2 });
    expect((await patch(mine.management, { target: 0.8, version: 1 })).status).toBe(409);
    expect((await create(mine.reporter)).status).toBe(403);
    expect((await callRoute(listRoute, mine.informationOwner, { path: "/api/v1/objectives" })).status).toBe(403);
    expect((await callRoute(listRoute, mine.auditor, { path: "/api/v1/objectives" })).json.items).toHaveLength(1);
    expect((await callRoute(getRoute, other.management, { params: { id } })).status).toBe(404);
    expect((await patch(other.management, { target: 0.5, version: 2 })).status).toBe(404);

    const remove = (who: Principal) => callRoute(deleteRoute, who, { method: "DELETE", params: { id } });
    expect((await remove(other.management)).status).toBe(404);
    expect((await remove(mine.auditor)).status).toBe(403);
    expect((await remove(mine.ciso)).status).toBe(204);
    expect((await callRoute(getRoute, mine.management, { params: { id } })).status).toBe(404);
  });
});
