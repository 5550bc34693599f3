import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import * as assetsRoute from "@/app/api/v1/assets/route";
import * as assetRoute from "@/app/api/v1/assets/[id]/route";
import * as exportRoute from "@/app/api/v1/assets/export/route";
import * as importRoute from "@/app/api/v1/assets/import/route";
import { createAssetSetup, csvBuffer, IMPORT_HEADERS } from "../../test/assets-factories";
import type { Principal } from "../authz/roles";
import { createOwnToken } from "../tokens/service";

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function call(handler: Handler, principal: Principal, path: string, init: { method?: string; json?: unknown; body?: FormData } = {}, params: Record<string, string> = {}) {
  const { token } = await createOwnToken(principal, { name: "test" });
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (init.json !== undefined) headers["content-type"] = "application/json";
  const request = new NextRequest(`http://localhost${path}`, {
    method: init.method ?? "GET",
    headers,
    body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
  });
  return handler(request, { params: Promise.resolve(params) });
}

describe("assets over HTTP", () => {
  it("creates, validates, searches and denies as the issue's acceptance asks", async () => {
    const { ciso, informationOwner, reporter, unit } = await createAssetSetup();
    const created = await call(assetsRoute.POST, ciso, "/api/v1/assets", { method: "POST", json: { name: "Personakter", orgUnitId: unit.id, confidentiality: 2, integrity: 3, availability: 1 } });
    expect(created.status).toBe(201);
    const asset = await created.json();
    expect(asset).toMatchObject({ protectionLevel: 3, classified: true, version: 1 });

    const outside = await call(assetsRoute.POST, ciso, "/api/v1/assets", { method: "POST", json: { name: "X", orgUnitId: unit.id, availability: 5 } });
    expect(outside.status).toBe(400);
    expect((await outside.json()).error.fields).toHaveProperty("availability");

    const found = await (await call(assetsRoute.GET, informationOwner, "/api/v1/assets?q=persona&classified=true")).json();
    expect(found).toMatchObject({ total: 1, page: 1, pageSize: 50, items: [{ id: asset.id }] });

    expect((await call(assetsRoute.GET, reporter, "/api/v1/assets")).status).toBe(403);
    expect((await call(assetsRoute.POST, reporter, "/api/v1/assets", { method: "POST", json: { name: "" } })).status).toBe(403);
    const denied = await call(assetRoute.PATCH, informationOwner, `/api/v1/assets/${asset.id}`, { method: "PATCH", json: { name: "Y", version: 1 } }, { id: asset.id });
    expect(denied.status).toBe(403);
  });

  it("exports CSV and answers an import with a bad row with the row and column, importing nothing", async () => {
    const { ciso } = await createAssetSetup();
    const form = new FormData();
    const file = csvBuffer([IMPORT_HEADERS, ["Bra", "", "", "Socialförvaltningen"], ["Dålig", "", "", "Socialförvaltningen", "", 9]]);
    form.set("file", new Blob([new Uint8Array(file)], { type: "text/csv" }), "tillgangar.csv");
    const rejected = await call(importRoute.POST, ciso, "/api/v1/assets/import", { method: "POST", body: form });
    expect(rejected.status).toBe(400);
    expect((await rejected.json()).error.fields).toEqual({ "rad 3: Konfidentialitet": [expect.any(String)] });

    const good = new FormData();
    good.set("file", new Blob([new Uint8Array(csvBuffer([IMPORT_HEADERS, ["Bra", "", "", "Socialförvaltningen"]]))]), "tillgangar.csv");
    const imported = await call(importRoute.POST, ciso, "/api/v1/assets/import", { method: "POST", body: good });
    expect(imported.status).toBe(201);
    expect(await imported.json()).toEqual({ imported: 1 });

    const exported = await call(exportRoute.GET, ciso, "/api/v1/assets/export?format=csv&classified=false");
    expect(exported.headers.get("content-disposition")).toMatch(/informationstillgangar-\d{4}-\d{2}-\d{2}\.csv/);
    expect((await exported.text()).split("\r\n")[1]).toMatch(/^Bra;/);
  });
});
