import { expect, test, type APIRequestContext } from "@playwright/test";
import ExcelJS from "exceljs";
import { sheetRow, xlsxBomb } from "../../test/zip-bomb";
import { call, type ApiJson } from "../support/api";
import { ownOrganization } from "../support/users";

const BASE = "/api/v1/assets";

async function newUnit(request: APIRequestContext, token: string, name: string): Promise<string> {
  const unit = await call(request, token, "POST", "/api/v1/org-units", { name });
  expect(unit.status).toBe(201);
  return unit.body.id!;
}

test.describe("information assets API over HTTP", () => {
  let ciso: string;
  let owner: string;
  let owner2: string;
  let reporter: string;
  let unitId: string;
  let unitName: string;

  test.beforeAll(async ({ request }) => {
    const org = ownOrganization("api-assets", ["ciso", "informationOwner", "informationOwner2", "reporter"]);
    ciso = org.token("ciso");
    owner = org.token("informationOwner");
    owner2 = org.token("informationOwner2");
    reporter = org.token("reporter");
    unitName = `Tillgångsenheten ${Date.now()}`;
    unitId = await newUnit(request, ciso, unitName);
  });

  test("the production server imports an .xlsx in its worker and answers a 2.8 MB zip bomb with 400 in under 2 s while /api/health stays up", async ({ request }) => {
    const upload = (name: string, buffer: Buffer) =>
      request.post(`${BASE}/import`, { headers: { authorization: `Bearer ${owner2}` }, multipart: { file: { name, mimeType: "application/octet-stream", buffer } } });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Tillgångar");
    sheet.addRow(["Namn", "Verksamhet", "Konfidentialitet"]);
    sheet.addRow([`Excelimport ${Date.now()}`, unitName, 2]);
    const imported = await upload("tillgangar.xlsx", Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(imported.status()).toBe(201);
    expect(await imported.json()).toEqual({ imported: 1 });

    const bomb = xlsxBomb({ head: sheetRow(1, ["Namn", "Beskrivning", "Typ", "Verksamhet"]), block: sheetRow(2, ["Bomb", "", "", unitName]).repeat(10_000), repeat: 330, tail: "" });
    const [refused, health] = await Promise.all([upload("bomb.xlsx", bomb), request.get("/api/health")]);
    expect(refused.status()).toBe(400);
    expect((await refused.json()).error).toMatchObject({ code: "validation_error", message: "För många rader." });
    expect(health.status()).toBe(200);
    expect(await health.json()).toEqual({ status: "ok", db: "up" });
  });

  test("C=2, I=3, A=1 gives protection level 3 and classified; no levels gives null and not classified", async ({ request }) => {
    const stamp = Date.now();
    const classified = await call(request, ciso, "POST", BASE, { name: `Personakter API ${stamp}`, orgUnitId: unitId, confidentiality: 2, integrity: 3, availability: 1 });
    expect(classified.status).toBe(201);
    expect(classified.body).toMatchObject({ protectionLevel: 3, classified: true, confidentiality: 2, integrity: 3, availability: 1, traceability: null, version: 1 });
    expect(classified.body.classifiedAt).toEqual(expect.any(String));
    expect(classified.body.reviewDueAt).toEqual(expect.any(String));

    const bare = await call(request, ciso, "POST", BASE, { name: `Oklassad API ${stamp}`, orgUnitId: unitId });
    expect(bare.status).toBe(201);
    expect(bare.body).toMatchObject({ protectionLevel: null, classified: false, classifiedAt: null, reviewDueAt: null, kind: "information" });

    const read = await call(request, ciso, "GET", `${BASE}/${classified.body.id}`);
    expect(read.body).toMatchObject({ protectionLevel: 3, classified: true });
  });

  test("a level outside the scale is 400 naming the field", async ({ request }) => {
    const onScale = await call(request, ciso, "POST", BASE, { name: `Utanför skalan ${Date.now()}`, orgUnitId: unitId, confidentiality: 7 });
    expect(onScale.status).toBe(400);
    expect(onScale.body.error?.code).toBe("validation_error");
    expect(Object.keys(onScale.body.error?.fields ?? {})).toEqual(["confidentiality"]);
    const notANumber = await call(request, ciso, "POST", BASE, { name: `Utanför skalan ${Date.now()}`, orgUnitId: unitId, integrity: 12, availability: -1 });
    expect(notANumber.status).toBe(400);
    expect(Object.keys(notANumber.body.error?.fields ?? {})).toEqual(expect.arrayContaining(["integrity", "availability"]));
  });

  test("an information owner updates their own asset (200) but not another's (403)", async ({ request }) => {
    const stamp = Date.now();
    const mine = await call(request, owner, "POST", BASE, { name: `Ägarens tillgång ${stamp}`, orgUnitId: unitId });
    expect(mine.status).toBe(201);
    const me = await call(request, owner, "GET", "/api/v1/me");
    expect(mine.body.ownerId).toBe(me.body.id);
    const updated = await call(request, owner, "PATCH", `${BASE}/${mine.body.id}`, { version: 1, confidentiality: 1, integrity: 1, availability: 0, motivations: { confidentiality: "Interna arbetsdokument" } });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ version: 2, classified: true, protectionLevel: 1 });

    const other = await call(request, owner2, "POST", BASE, { name: `Annan ägares tillgång ${stamp}`, orgUnitId: unitId });
    expect(other.status).toBe(201);
    const denied = await call(request, owner, "PATCH", `${BASE}/${other.body.id}`, { version: 1, confidentiality: 0 });
    expect(denied.status).toBe(403);
    expect(denied.body.error?.code).toBe("forbidden");
    // Reading it is allowed: information owners read the whole register.
    expect((await call(request, owner, "GET", `${BASE}/${other.body.id}`)).status).toBe(200);
  });

  test("a reporter listing assets gets 403", async ({ request }) => {
    const { status, body } = await call(request, reporter, "GET", BASE);
    expect(status).toBe(403);
    expect(body.error?.code).toBe("forbidden");
    expect((await call(request, reporter, "GET", `${BASE}/export?format=csv`)).status).toBe(403);
  });

  test("q= finds by name, and the export carries the same filter", async ({ request }) => {
    const stamp = Date.now();
    const name = `Bygglovsarkiv ${stamp}`;
    const created = await call(request, ciso, "POST", BASE, { name, orgUnitId: unitId, kind: "information" });
    await call(request, ciso, "POST", BASE, { name: `Något annat ${stamp + 1}`, orgUnitId: unitId });
    const found = await call(request, ciso, "GET", `${BASE}?q=${encodeURIComponent(`bygglovsarkiv ${stamp}`)}`);
    expect(found.status).toBe(200);
    expect(found.body.total).toBe(1);
    expect(found.body.items?.map((item: ApiJson) => item.id)).toEqual([created.body.id]);

    const csv = await request.fetch(`${BASE}/export?format=csv&q=${encodeURIComponent(name)}`, { headers: { authorization: `Bearer ${ciso}` } });
    expect(csv.status()).toBe(200);
    const text = await csv.text();
    expect(text).toContain(name);
    expect(text).not.toContain(`Något annat ${stamp + 1}`);
  });

  test("the indicators count exactly what was created in a fresh organisation", async ({ request }) => {
    const token = ownOrganization("api-assets-indicators", ["ciso"]).token("ciso");
    const me = await call(request, token, "GET", "/api/v1/me");
    const unitA = await newUnit(request, token, "Förvaltning A");
    const unitB = await newUnit(request, token, "Förvaltning B");
    const create = async (body: Record<string, unknown>) => expect((await call(request, token, "POST", BASE, body)).status).toBe(201);
    await create({ name: "Klassad med ägare", orgUnitId: unitA, ownerId: me.body.id, confidentiality: 2, integrity: 3, availability: 1 });
    await create({ name: "Oklassad utan ägare", orgUnitId: unitA });
    await create({ name: "Delvis klassad med ägare", orgUnitId: unitB, ownerId: me.body.id, confidentiality: 1 });

    const { status, body } = await call<{ items: { key: string; numerator: number; denominator: number; value: number | null }[] }>(
      request,
      token,
      "GET",
      "/api/v1/indicators?perspective=informationsklassning",
    );
    expect(status).toBe(200);
    const byKey = Object.fromEntries(body.items.map((item) => [item.key, item]));
    expect(byKey["assets.classified_share"]).toMatchObject({ numerator: 1, denominator: 3 });
    expect(byKey["assets.org_units_covered_share"]).toMatchObject({ numerator: 1, denominator: 2, value: 0.5 });
    expect(byKey["assets.review_current_share"]).toMatchObject({ numerator: 1, denominator: 1, value: 1 });
    expect(byKey["assets.owner_assigned_share"]).toMatchObject({ numerator: 2, denominator: 3 });
    expect(byKey["assets.classified_share"].value).toBeCloseTo(1 / 3);
  });
});
