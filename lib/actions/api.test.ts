import { describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/v1/actions/route";
import { PATCH as patchRoute } from "@/app/api/v1/actions/[id]/route";
import { createOrgWithRoles } from "../../test/factories";
import { callRoute } from "../../test/http";
import { db } from "../db/client";

describe("who changes an action", () => {
  it("keeps auditors independent: they read actions, create none and change none they do not own", async () => {
    const { ciso, auditor } = await createOrgWithRoles();
    const created = await callRoute(createRoute, ciso, { path: "/api/v1/actions", body: { title: "Logga behörigheter", ownerId: ciso.userId } });
    expect(created.status).toBe(201);
    const patch = await callRoute(patchRoute, auditor, { method: "PATCH", path: `/api/v1/actions/${created.json.id}`, params: { id: created.json.id }, body: { status: "done", version: 1 } });
    expect(patch.status).toBe(403);
    expect((await callRoute(createRoute, auditor, { path: "/api/v1/actions", body: { title: "Egen" } })).status).toBe(403);
    const row = await db.action.findUniqueOrThrow({ where: { id: created.json.id } });
    expect(row).toMatchObject({ status: "planned", version: 1 });
  });

  it("lets the owner report status and effect, but not move the due date or hand the action on", async () => {
    const { ciso, management } = await createOrgWithRoles();
    const created = await callRoute(createRoute, ciso, { path: "/api/v1/actions", body: { title: "Beslut: utbilda chefer", ownerId: management.userId } });
    const id = created.json.id;
    const call = (body: Record<string, unknown>) => callRoute(patchRoute, management, { method: "PATCH", path: `/api/v1/actions/${id}`, params: { id }, body });
    const moved = await call({ dueAt: "2030-01-01", version: 1 });
    expect(moved.status).toBe(403);
    expect(moved.json.error.fields).toHaveProperty("dueAt");
    const reported = await call({ status: "done", effectNote: "Alla chefer utbildade.", version: 1 });
    expect(reported.status).toBe(200);
    expect(reported.json).toMatchObject({ status: "done", effectNote: "Alla chefer utbildade.", version: 2 });
    const ciso2 = await callRoute(patchRoute, ciso, { method: "PATCH", path: `/api/v1/actions/${id}`, params: { id }, body: { dueAt: "2030-01-01", version: 2 } });
    expect(ciso2.status).toBe(200);
  });
});
