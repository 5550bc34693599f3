import { describe, expect, it } from "vitest";
import { createOrgWithRoles } from "../../test/factories";
import { callRoute, tokenFor } from "../../test/http";
import { loadRoute, pathValues } from "../../test/write-routes";
import { scopeOf } from "../authz/authorize";
import { ROLES } from "../authz/roles";
import { ROUTES } from "../openapi/routes";
import { routeKey } from "./route";

const org = await createOrgWithRoles();
const principals = { admin: org.admin, ciso: org.ciso, information_owner: org.informationOwner, auditor: org.auditor, management: org.management, reporter: org.reporter };
const withParams = ROUTES.filter((row) => row.permission !== "public" && /\{\w+\}/.test(row.path));

describe("path parameters", () => {
  it("GET /api/v1/assets/not-a-uuid is 404 not_found", async () => {
    const row = ROUTES.find((route) => routeKey(route) === "GET /api/v1/assets/{id}")!;
    const answer = await callRoute(await loadRoute(row), org.admin, { path: "/api/v1/assets/not-a-uuid", params: { id: "not-a-uuid" } });
    expect(answer.status).toBe(404);
    expect(answer.json.error.code).toBe("not_found");
  });

  it.each(withParams.map((row) => [routeKey(row), row] as const))("%s: a malformed value in any {…} is 404, never 400 or 500", async (_name, row) => {
    const role = ROLES.find((candidate) => row.permission !== "public" && scopeOf({ role: candidate }, row.permission) !== "none")!;
    const token = await tokenFor(principals[role]);
    const route = await loadRoute(row);
    const wrong: string[] = [];
    for (const name of Object.keys(pathValues(row))) {
      for (const malformed of ["not-a-uuid", "1", "x\u0000"]) {
        const params = { ...pathValues(row), [name]: malformed };
        const answer = await callRoute(route, token, { method: row.method, path: row.path, params });
        if (answer.status !== 404 || answer.json?.error?.code !== "not_found") wrong.push(`${name}=${JSON.stringify(malformed)}: ${answer.status}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
