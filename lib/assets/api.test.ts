import { describe, expect, it } from "vitest";
import * as assetsRoute from "@/app/api/v1/assets/route";
import * as assetRoute from "@/app/api/v1/assets/[id]/route";
import * as exportRoute from "@/app/api/v1/assets/export/route";
import * as importRoute from "@/app/api/v1/assets/import/route";
import { createAssetSetup, csvBuffer, IMPORT_HEADERS } from "../../test/assets-factories";
import { callRoute } from "../../test/http";

describe("assets over HTTP", () => {
  it("creates, validates, searches and denies as the issue's acceptance asks", async () => {
    const { ciso, informationOwner, reporter, unit } = await createAssetSetup();
    const created = await callRoute(assetsRoute.POST, ciso, { path: "/api/v1/assets", method: "POST", body: { name: "Personakter", orgUnitId: unit.id, confidentiality: 2, integrity: 3, availability: 1 } });
    expect(created.status).toBe(201);
    const asset = created.json;
    expect(asset).toMatchObject({ protectionLevel: 3, classified: true, version: 1 });

    const outside = await callRoute(assetsRoute.POST, ciso, { path: "/api/v1/assets", method: "POST", body: { name: "X", orgUnitId: unit.id, availability: 5 } });
    expect(outside.status).toBe(400);
    expect(outside.json.error.fields).toHaveProperty("availability");

    const found = (await callRoute(assetsRoute.GET, informationOwner, { path: "/api/v1/assets?q=persona&classified=true" })).json;
    expect(found).toMatchObject({ total: 1, page: 1, pageSize: 50, items: [{ id: asset.id }] });

    expect((await callRoute(assetsRoute.GET, reporter, { path: "/api/v1/assets" })).status).toBe(403);
    expect((await callRoute(assetsRoute.POST, reporter, { path: "/api/v1/assets", method: "POST", body: { name: "" } })).status).toBe(403);
    const denied = await callRoute(assetRoute.PATCH, informationOwner, { path: `/api/v1/assets/${asset.id}`, method: "PATCH", body: { name: "Y", version: 1 }, params: { id: asset.id } });
    expect(denied.status).toBe(403);
  });

  it("exports CSV and answers an import with a bad row with the row and column, importing nothing", async () => {
    const { ciso } = await createAssetSetup();
    const form = new FormData();
    const file = csvBuffer([IMPORT_HEADERS, ["Bra", "", "", "Socialförvaltningen"], ["Dålig", "", "", "Socialförvaltningen", "", 9]]);
    form.set("file", new Blob([new Uint8Array(file)], { type: "text/csv" }), "tillgangar.csv");
    const rejected = await callRoute(importRoute.POST, ciso, { path: "/api/v1/assets/import", method: "POST", form });
    expect(rejected.status).toBe(400);
    expect(rejected.json.error.fields).toEqual({ "rad 3: Konfidentialitet": [expect.any(String)] });

    const good = new FormData();
    good.set("file", new Blob([new Uint8Array(csvBuffer([IMPORT_HEADERS, ["Bra", "", "", "Socialförvaltningen"]]))]), "tillgangar.csv");
    const imported = await callRoute(importRoute.POST, ciso, { path: "/api/v1/assets/import", method: "POST", form: good });
    expect(imported.status).toBe(201);
    expect(imported.json).toEqual({ imported: 1 });

    const exported = await callRoute(exportRoute.GET, ciso, { path: "/api/v1/assets/export?format=csv&classified=false" });
    expect(exported.headers.get("content-disposition")).toMatch(/informationstillgangar-\d{4}-\d{2}-\d{2}\.csv/);
    expect((await exported.response.text()).split("\r\n")[1]).toMatch(/^Bra;/);
  });
});
