import { describe, expect, it } from "vitest";
import { createOrgWithRoles, createOrgUnit } from "../../test/factories";
import { createTestAsset } from "../../test/assets-factories";
import { createTestIncident } from "../../test/incidents-factories";
import { exportIncidents } from "./export";
import { incidentAssetOptions, listIncidents } from "./queries";
import { incidentTrend } from "./trend";
import { incidentFilterSchema, incidentListQuerySchema, incidentTrendQuerySchema, incidentUpdateSchema } from "./schema";
import { updateIncident } from "./service";
import { incidentCategories, incidentSettings } from "./settings";
import { incidentSettingsSchema } from "./settings-schema";

const titles = async (principal: Parameters<typeof listIncidents>[0], input: Record<string, string>) =>
  (await listIncidents(principal, incidentListQuerySchema.parse({ sort: "occurredAt:asc", ...input }))).items.map((i) => i.title);

async function register() {
  const roles = await createOrgWithRoles();
  const { organization, reporter, ciso } = roles;
  const unit = await createOrgUnit(organization.id, "Socialförvaltningen");
  const journal = await createTestAsset(ciso, { orgUnitId: unit.id, name: "Journalsystem" });
  const mail = await createTestAsset(ciso, { name: "E-post" });
  const phishing = await createTestIncident(reporter, {
    title: "Nätfiske",
    categories: ["attack"],
    assetIds: [mail.id],
    occurredAt: "2026-01-31T23:30:00Z", // 00:30 on 1 February in Stockholm
    detectedAt: "2026-02-01T08:00:00Z",
    personalData: "no",
  });
  const outage = await createTestIncident(ciso, {
    title: "Avbrott journal",
    categories: ["hardware_software", "access_denied"],
    assetIds: [journal.id],
    occurredAt: "2026-01-15T10:00:00Z",
    detectedAt: "2026-01-15T10:05:00Z",
    personalData: "yes",
  });
  const mistake = await createTestIncident(reporter, { title: "Fel mottagare", categories: ["human_error"], occurredAt: "2025-12-03T10:00:00Z", detectedAt: "2025-12-03T11:00:00Z", personalData: "no" });
  await updateIncident(ciso, outage.id, incidentUpdateSchema.parse({ severity: 3, status: "triaged", version: 1 }));
  return { ...roles, unit, journal, mail, phishing, outage, mistake };
}

describe("incident list filters", () => {
  it("filters by status, severity, category, asset, org unit, reporter, overdue obligations and text", async () => {
    const { ciso, reporter, unit, mail } = await register();
    expect(await titles(ciso, { status: "triaged" })).toEqual(["Avbrott journal"]);
    expect(await titles(ciso, { open: "true", severity: "3" })).toEqual(["Avbrott journal"]);
    expect(await titles(ciso, { category: "access_denied" })).toEqual(["Avbrott journal"]);
    expect(await titles(ciso, { assetId: mail.id })).toEqual(["Nätfiske"]);
    expect(await titles(ciso, { orgUnitId: unit.id })).toEqual(["Avbrott journal"]);
    expect(await titles(ciso, { reporterId: reporter.userId })).toEqual(["Fel mottagare", "Nätfiske"]);
    expect(await titles(ciso, { obligationOverdue: "true" })).toEqual(["Avbrott journal"]);
    expect(await titles(ciso, { q: "NÄTFISKE" })).toEqual(["Nätfiske"]);
    expect(await titles(ciso, { sort: "severity:desc" })).toHaveLength(3);
  });

  it("reads day periods in Swedish time, inclusive of the last day", async () => {
    const { ciso } = await register();
    expect(await titles(ciso, { from: "2026-01-01", to: "2026-01-31" })).toEqual(["Avbrott journal"]);
    expect(await titles(ciso, { from: "2026-02-01" })).toEqual(["Nätfiske"]);
    expect(await titles(ciso, { to: "2026-01-15T10:00:00Z" })).toEqual(["Fel mottagare", "Avbrott journal"]);
  });

  it("counts the trend per Swedish month and category", async () => {
    const { ciso } = await register();
    const trend = await incidentTrend(ciso, incidentTrendQuerySchema.parse({ months: "3" }), new Date("2026-02-20T12:00:00Z"));
    expect(trend.months).toEqual([
      { month: "2025-12", total: 1, byCategory: { human_error: 1 } },
      { month: "2026-01", total: 1, byCategory: { hardware_software: 1, access_denied: 1 } },
      { month: "2026-02", total: 1, byCategory: { attack: 1 } },
    ]);
    expect(trend.categories.map((c) => c.code)).toContain("attack");
  });

  it("exports the filtered list as semicolon CSV", async () => {
    const { ciso } = await register();
    const response = await exportIncidents(ciso, "csv", incidentFilterSchema.parse({ category: "attack" }));
    expect(response.headers.get("content-type")).toContain("text/csv");
    const text = await response.text();
    expect(text.split("\r\n")[0]).toContain("Referens;Rubrik;Status");
    expect(text).toContain("Nätfiske");
    expect(text).not.toContain("Avbrott journal");
    expect((await exportIncidents(ciso, "xlsx", incidentFilterSchema.parse({}))).headers.get("content-disposition")).toMatch(/incidenter-.*\.xlsx/);
  });

  it("offers reporters asset names and categories for the form, nothing more", async () => {
    const { reporter } = await register();
    expect(await incidentAssetOptions(reporter, { q: "journ" })).toEqual({ items: [{ id: expect.any(String), name: "Journalsystem" }] });
    expect((await incidentCategories(reporter)).items).toHaveLength(10);
  });
});

describe("incident settings", () => {
  it("defaults to CERT-SE's ten categories and no NIS2/MSBFS, lets admin change and ciso read", async () => {
    const { admin, ciso, reporter } = await createOrgWithRoles();
    expect(await incidentSettings.read(ciso)).toMatchObject({ nis2Covered: false, msbfsAgency: false, categories: expect.arrayContaining([{ code: "attack", label: "Angrepp" }]) });
    const { version, ...saved } = await incidentSettings.write(admin, incidentSettingsSchema.parse({ nis2Covered: true, categories: [{ code: "phishing", label: "Nätfiske" }] }), 1);
    expect({ ...saved, version }).toEqual({ nis2Covered: true, msbfsAgency: false, categories: [{ code: "phishing", label: "Nätfiske" }], version: 2 });
    await expect(incidentSettings.write(ciso, saved, version)).rejects.toMatchObject({ status: 403 });
    await expect(incidentSettings.read(reporter)).rejects.toMatchObject({ status: 403 });
    await expect(createTestIncident(reporter, { categories: ["attack"] })).rejects.toMatchObject({ status: 400, fields: { categories: expect.any(Array) } });
    expect(incidentSettingsSchema.safeParse({ categories: [{ code: "a", label: "A" }, { code: "a", label: "B" }] }).error?.issues[0].path).toEqual(["categories"]);
  });
});
