import { describe, expect, it } from "vitest";
import { POST as importRoute } from "@/app/api/v1/suppliers/import/route";
import { GET as exportRoute } from "@/app/api/v1/suppliers/export/route";
import { csvBuffer } from "../../test/assets-factories";
import { createOrgWithRoles } from "../../test/factories";
import { callRoute, tokenFor } from "../../test/http";
import { db } from "../db/client";

const HEADERS = ["Leverantör", "Organisationsnummer", "Land", "Kategori", "Status", "Kontaktperson", "E-post", "Telefon", "Leverantörsansvarig"];
const upload = (buffer: Buffer) => {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(buffer)]), "leverantorer.csv");
  return form;
};

describe("supplier import", () => {
  it("imports every row, labels or keys, and exports them back", async () => {
    const { ciso } = await createOrgWithRoles();
    const token = await tokenFor(ciso);
    const file = csvBuffer([HEADERS, ["Drift AB", "556036-0793", "se", "IT-drift", "Aktiv", "Eva", "eva@drift.example", "08-123", ciso.email], ["Payroll Inc", "", "US", "saas", "", "", "", "", ""]]);
    const answer = await callRoute(importRoute, token, { method: "POST", form: upload(file) });
    expect(answer.status).toBe(201);
    expect(answer.json).toEqual({ imported: 2 });
    const rows = await db.supplier.findMany({ where: { organizationId: ciso.organizationId }, orderBy: { name: "asc" } });
    expect(rows.map((row) => [row.name, row.country, row.category, row.status, row.ownerId])).toEqual([
      ["Drift AB", "SE", "it_operations", "active", ciso.userId],
      ["Payroll Inc", "US", "saas", "active", null],
    ]);
    const csv = await callRoute(exportRoute, token, { path: "/api/v1/suppliers/export?format=csv" });
    expect(await csv.response.text()).toContain("Drift AB;556036-0793;SE;IT-drift;Aktiv");
  });

  it("imports nothing when a check digit is wrong, naming row and column", async () => {
    const { ciso } = await createOrgWithRoles();
    const file = csvBuffer([HEADERS, ["Bra AB", "", "", "", "", "", "", "", ""], ["Fel AB", "556036-0794", "", "Påhittad", "", "", "", "", ""]]);
    const answer = await callRoute(importRoute, await tokenFor(ciso), { method: "POST", form: upload(file) });
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.json.error.fields).sort()).toEqual(["rad 3: Kategori", "rad 3: Organisationsnummer"]);
    expect(await db.supplier.count({ where: { organizationId: ciso.organizationId } })).toBe(0);
  });
});
