import { describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/api/v1/contracts/export/route";
import { POST as importRoute } from "@/app/api/v1/contracts/import/route";
import { csvBuffer, xlsxBuffer } from "../../test/assets-factories";
import { classifiedAsset, createTestSupplier } from "../../test/suppliers-factories";
import { createOrgWithRoles } from "../../test/factories";
import { callRoute, tokenFor } from "../../test/http";
import { db } from "../db/client";
import { parseCsv } from "../assets/import-parse";

const HEADERS = ["Avtal", "Leverantör", "Diarienummer", "Status", "Startar", "Slutar", "Uppsägningstid (månader)", "Förlängs automatiskt", "Avtalsansvarig", "Informationstillgångar"];
const upload = (buffer: Buffer, name = "avtal.xlsx") => {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(buffer)]), name);
  return form;
};

describe("contract import and export", () => {
  it("imports every row with suppliers, assets and owners by name, then exports what it derived", async () => {
    const { ciso, reporter } = await createOrgWithRoles();
    const token = await tokenFor(ciso);
    await Promise.all([createTestSupplier(ciso, { name: "Drift AB" }), classifiedAsset(ciso, 3, { name: "Elevregister", personalData: true })]);
    const file = await xlsxBuffer([
      HEADERS,
      ["Drift", "Drift AB", "KS 2026/1", "Aktivt", "2026-01-01", "2027-12-31", 6, "ja", ciso.email, "Elevregister"],
      ["Upphandling ny drift", "drift ab", "", "Under upphandling", "", "", "", "", "", ""],
    ]);
    const imported = await callRoute(importRoute, token, { method: "POST", form: upload(file) });
    expect(imported.status).toBe(201);
    expect(imported.json).toEqual({ imported: 2 });
    expect(await db.auditEvent.count({ where: { organizationId: ciso.organizationId, entity: "contract", action: "import" } })).toBe(2);

    const exported = await callRoute(exportRoute, token, { path: "/api/v1/contracts/export?format=csv&sort=title:asc" });
    expect(exported.status).toBe(200);
    const [header, first] = parseCsv(await exported.response.text());
    const row = Object.fromEntries(header.map((name, i) => [name, first[i]]));
    expect(row).toMatchObject({ Avtal: "Drift", Leverantör: "Drift AB", "Krävd skyddsnivå": "3", "Senaste uppsägningsdag": "2027-06-30", Brister: "Personuppgiftsbiträdesavtal saknas" });
    expect((await callRoute(importRoute, await tokenFor(reporter), { method: "POST", form: upload(file) })).status).toBe(403);
  });

  it("imports nothing when a row names an unknown supplier, and says which row and column", async () => {
    const { ciso } = await createOrgWithRoles();
    await createTestSupplier(ciso, { name: "Drift AB" });
    const file = csvBuffer([HEADERS, ["Bra", "Drift AB", "", "", "", "", "", "", "", ""], ["Fel", "Okänd AB", "", "Påhittad", "", "", "", "", "", ""]]);
    const answer = await callRoute(importRoute, await tokenFor(ciso), { method: "POST", form: upload(file, "avtal.csv") });
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.json.error.fields).sort()).toEqual(["rad 3: Leverantör", "rad 3: Status"]);
    expect(await db.contract.count({ where: { organizationId: ciso.organizationId } })).toBe(0);
  });
});
