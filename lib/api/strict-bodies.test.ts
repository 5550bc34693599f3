import { beforeAll, describe, expect, it } from "vitest";
import * as incidentSettings from "@/app/api/v1/settings/incidents/route";
import { createOrgWithRoles } from "../../test/factories";
import { callRoute, tokenFor } from "../../test/http";
import { changedAt, objectPaths, WRITE_ROUTES } from "../../test/write-routes";
import { db } from "../db/client";
import { UNKNOWN_FIELD_MESSAGE } from "../validation/zod";

let token: string;
beforeAll(async () => {
  token = await tokenFor((await createOrgWithRoles()).admin);
});

describe("write bodies are strict", () => {
  it.each(WRITE_ROUTES.map((entry) => [entry.name, entry] as const))("%s: an unknown field, at any depth, is a 400 naming it", async (name, entry) => {
    const [method, path] = name.split(" ");
    const wrong: string[] = [];
    for (const at of objectPaths(entry.body)) {
      const body = changedAt(entry.body, at, (value) => ({ ...(value as object), okäntFält: 1 }));
      const answer = await callRoute(entry.route, token, { method, path, params: entry.params, body });
      const field = [...at, "okäntFält"].join(".");
      if (answer.status !== 400 || JSON.stringify(answer.json?.error?.fields?.[field]) !== JSON.stringify([UNKNOWN_FIELD_MESSAGE])) {
        wrong.push(`${field}: ${answer.status} ${JSON.stringify(answer.json?.error)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe("stored settings", () => {
  it("still read when an older version left a key this one does not know; sending that key is refused", async () => {
    const { organization, admin } = await createOrgWithRoles();
    const stored = { nis2Covered: true, retiredOption: 1, categories: [{ code: "attack", label: "Angrepp", colour: "red" }] };
    await db.organization.update({ where: { id: organization.id }, data: { settings: { incidents: stored } } });
    const adminToken = await tokenFor(admin);
    const read = await callRoute(incidentSettings.GET, adminToken, { path: "/api/v1/settings/incidents" });
    expect(read.status).toBe(200);
    expect(read.json).toEqual({ nis2Covered: true, msbfsAgency: false, categories: [{ code: "attack", label: "Angrepp" }], version: 1 });
    const put = await callRoute(incidentSettings.PUT, adminToken, { method: "PUT", path: "/api/v1/settings/incidents", body: { ...stored, version: 1 } });
    expect(put.status).toBe(400);
    expect(Object.keys(put.json.error.fields).sort()).toEqual(["categories.0.colour", "retiredOption"]);
  });
});
