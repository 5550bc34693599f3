import { describe, expect, it } from "vitest";
import { callRoute, tokenFor } from "../../test/http";
import { loadRoute } from "../../test/write-routes";
import { routeKey, type RouteSpec } from "../api/route";
import type { Role } from "../authz/roles";
import { db } from "../db/client";
import { seedDemo } from "../demo/seed";
import { DEMO_ORG_SLUG } from "../demo/users";
import { ROUTES } from "./routes";

// The demo organisation fills every register, so the answers carry every kind of value.
await seedDemo();
const organization = await db.organization.findUniqueOrThrow({ where: { slug: DEMO_ORG_SLUG } });
const memberOf = async (role: Role) => {
  const membership = await db.membership.findFirstOrThrow({ where: { organizationId: organization.id, role }, include: { user: true } });
  return { userId: membership.userId, email: membership.user.email, name: membership.user.name, role, organizationId: organization.id, organizationSlug: organization.slug, organizationName: organization.name, via: "token" as const };
};
const tokens = { admin: await tokenFor(await memberOf("admin")), reporter: await tokenFor(await memberOf("reporter")) };

const reads = ROUTES.filter((row) => row.method === "GET" && row.path.startsWith("/api/v1/") && row.response);

async function get(row: RouteSpec, token: string, params: Record<string, string> = {}, query = "") {
  const path = row.path.replace(/\{(\w+)\}/g, (_, name: string) => params[name]) + query;
  return callRoute(await loadRoute(row), token, { path, params });
}

/** Ids of the list a `{id}` route hangs under (`/api/v1/risks/{id}/history` → GET /api/v1/risks). */
async function idsFor(row: RouteSpec): Promise<string[]> {
  const list = ROUTES.find((candidate) => candidate.method === "GET" && candidate.path === row.path.split("/{id}")[0])!;
  const answer = await get(list, tokens.admin, {}, "?pageSize=3");
  return (answer.json.items as { id: string }[]).map((item) => item.id);
}

/** A route under a record of a record (`/questionnaires/{id}/responses/{rid}`): the first of the inner list. */
async function paramsFor(row: RouteSpec, id: string): Promise<Record<string, string>> {
  if (row.path.includes("{key}")) return { key: "assets.classified_share" };
  if (!row.path.includes("{rid}")) return { id };
  const list = ROUTES.find((candidate) => candidate.method === "GET" && candidate.path === row.path.split("/{rid}")[0])!;
  const answer = await get(list, tokens.admin, { id }, "?pageSize=1");
  return { id, rid: (answer.json.items as { id: string }[])[0]?.id ?? "" };
}

async function queryFor(row: RouteSpec): Promise<string> {
  if (routeKey(row) === "GET /api/v1/records/options") return "?type=risk";
  if (routeKey(row) === "GET /api/v1/attachments") return `?entity=asset&entityId=${(await idsFor({ ...row, path: "/api/v1/assets/{id}" }))[0]}`;
  if (routeKey(row) !== "GET /api/v1/maturity-assessments/compare") return "";
  const [from, to] = await idsFor({ ...row, path: "/api/v1/maturity-assessments/{id}" });
  return `?from=${from}&to=${to ?? from}`;
}

/** Paths in `sent` that parsing dropped: fields the schema does not name. */
function dropped(sent: unknown, kept: unknown, at = ""): string[] {
  if (Array.isArray(sent)) return sent.flatMap((item, index) => dropped(item, (kept as unknown[])[index], `${at}[${index}]`));
  if (!sent || typeof sent !== "object") return [];
  const keptObject = (kept ?? {}) as Record<string, unknown>;
  return Object.entries(sent).flatMap(([key, value]) => (key in keptObject ? dropped(value, keptObject[key], `${at}.${key}`) : [`${at}.${key}`]));
}

/** The answer parses, and parsing drops nothing: no field goes undocumented. */
function mismatch(row: RouteSpec, json: unknown): string | null {
  const parsed = row.response!.safeParse(json);
  if (!parsed.success) return JSON.stringify(parsed.error.issues.slice(0, 3));
  const extra = dropped(json, parsed.data);
  return extra.length ? `not in the schema: ${extra.slice(0, 5).join(", ")}` : null;
}

describe("response schemas", () => {
  it.each(reads.map((row) => [routeKey(row), row] as const))("%s answers what its schema says (demo organisation, as admin and reporter)", async (_name, row) => {
    const wrong: string[] = [];
    const ids = row.path.includes("{id}") ? await idsFor(row) : [""];
    expect(ids.length, "the demo organisation has records for this route").toBeGreaterThan(0);
    for (const [who, token] of Object.entries(tokens)) {
      for (const id of ids) {
        const answer = await get(row, token, await paramsFor(row, id), await queryFor(row));
        if (answer.status === 403 && who === "reporter") continue;
        const problem = answer.status === 200 ? mismatch(row, answer.json) : `status ${answer.status}`;
        if (problem) wrong.push(`${who} ${id}: ${problem}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
