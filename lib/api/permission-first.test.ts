import { beforeAll, describe, expect, it } from "vitest";
import { createOrgWithRoles } from "../../test/factories";
import { callRoute, tokenFor } from "../../test/http";
import { loadRoute, pathValues } from "../../test/write-routes";
import { scopeOf } from "../authz/authorize";
import { ROLES, type Role } from "../authz/roles";
import { ROUTES } from "../openapi/routes";
import { routeKey, type RouteSpec } from "./route";

const tokens = {} as Record<Role, string>;
beforeAll(async () => {
  const org = await createOrgWithRoles();
  const principals = { admin: org.admin, ciso: org.ciso, information_owner: org.informationOwner, auditor: org.auditor, management: org.management, reporter: org.reporter };
  for (const role of ROLES) tokens[role] = await tokenFor(principals[role]);
});

type Guarded = RouteSpec & { permission: Exclude<RouteSpec["permission"], "public"> };
const guarded = ROUTES.filter((row): row is Guarded => row.permission !== "public" && row.path.startsWith("/api/v1/"));
const writes = guarded.filter((row) => row.method !== "GET");
const reads = guarded.filter((row) => row.method === "GET");
const routes = new Map(await Promise.all(guarded.map(async (row) => [row, await loadRoute(row)] as const)));

/** Calls the row's route as each role: with `{ "okäntFält": 1 }` (no schema takes it) when the route reads a body. */
async function answersByRole(row: Guarded) {
  const invalid = row.body ? { body: { okäntFält: 1 } } : row.upload ? { form: new FormData() } : {};
  const params = pathValues(row);
  const answers = [];
  for (const role of ROLES) {
    const answer = await callRoute(routes.get(row)!, tokens[role], { method: row.method, path: row.path, params, ...invalid });
    answers.push({ role, granted: scopeOf({ role }, row.permission) !== "none", status: answer.status, code: answer.json?.error?.code as string | undefined });
  }
  return answers;
}

const describeRow = (row: Guarded) => [routeKey(row), row] as const;

describe("the coarse permission comes first", () => {
  it("covers the write routes of the table (a reporter lacks most of them)", () => {
    expect(writes.length).toBeGreaterThan(30);
    expect(writes.filter((row) => scopeOf({ role: "reporter" }, row.permission) === "none").map(routeKey)).toEqual(expect.arrayContaining(["POST /api/v1/assets", "POST /api/v1/risks", "POST /api/v1/risk-analyses", "POST /api/v1/maturity-assessments"]));
  });

  it.each(writes.map(describeRow))("%s: a role without the permission gets 403 before its invalid body is read; a role with it gets 400", async (_name, row) => {
    const wrong = (await answersByRole(row)).filter(({ granted, status, code }) =>
      granted ? (row.body ? status !== 400 : status === 403 || status >= 500) : status !== 403 || code !== "forbidden",
    );
    expect(wrong).toEqual([]);
  });

  it.each(reads.map(describeRow))("%s: a role without the permission gets 403; a role with it is let through", async (_name, row) => {
    const wrong = (await answersByRole(row)).filter(({ granted, status, code }) => (granted ? status === 403 || status >= 500 : status !== 403 || code !== "forbidden"));
    expect(wrong).toEqual([]);
  });
});
