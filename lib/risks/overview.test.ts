import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { createOrgWithRoles } from "../../test/factories";
import { createTestAsset } from "../../test/assets-factories";
import { createTestRisk } from "../../test/risks-factories";
import { exportRisks } from "./export";
import { riskHeatmap, riskTrend } from "./overview";
import { getRisk, listRisks } from "./queries";
import { riskExportQuerySchema, riskHeatmapQuerySchema, riskListQuerySchema, riskTrendQuerySchema } from "./schema";
import { riskSettings } from "./settings";

const list = (input: Record<string, string> = {}) => riskListQuerySchema.parse(input);

describe("risk picture", () => {
  it("counts current and residual heat-map cells and filters the list by a cell", async () => {
    const { ciso } = await createOrgWithRoles();
    const a = await createTestRisk(ciso, { likelihood: 3, consequence: 4, treatment: "reduce", residualLikelihood: 1, residualConsequence: 4 });
    await createTestRisk(ciso, { likelihood: 3, consequence: 4 });
    await createTestRisk(ciso, { likelihood: 1, consequence: 1 });
    const current = await riskHeatmap(ciso, riskHeatmapQuerySchema.parse({}));
    expect(current.counts[2][3]).toBe(2);
    expect(current.counts[0][0]).toBe(1);
    expect(current.total).toBe(3);
    const residual = await riskHeatmap(ciso, riskHeatmapQuerySchema.parse({ residual: "true" }));
    expect(residual).toMatchObject({ residual: true, total: 1 });
    expect(residual.counts[0][3]).toBe(1);
    const cell = await listRisks(ciso, list({ likelihood: "3", consequence: "4" }));
    expect(cell.total).toBe(2);
    expect((await listRisks(ciso, list({ residualLikelihood: "1", residualConsequence: "4" }))).items.map((r) => r.id)).toEqual([a.id]);
  });

  it("filters by band, treatment, asset, review overdue and search, and sorts", async () => {
    const { ciso } = await createOrgWithRoles();
    const asset = await createTestAsset(ciso);
    await createTestRisk(ciso, { title: "Brand i serverhall", likelihood: 1, consequence: 4, assetIds: [asset.id], reviewDueAt: new Date("2020-01-01") });
    await createTestRisk(ciso, { title: "Phishing", likelihood: 4, consequence: 4, treatment: "reduce" });
    await createTestRisk(ciso, { title: "Stöld av dator", likelihood: 2, consequence: 1 });
    const titles = async (input: Record<string, string>) => (await listRisks(ciso, list(input))).items.map((r) => r.title);
    expect(await titles({ band: "extreme" })).toEqual(["Phishing"]);
    expect(await titles({ band: "medium" })).toEqual(["Brand i serverhall"]);
    expect(await titles({ treatment: "none", sort: "title:asc" })).toEqual(["Brand i serverhall", "Stöld av dator"]);
    expect(await titles({ assetId: asset.id })).toEqual(["Brand i serverhall"]);
    expect(await titles({ reviewOverdue: "true" })).toEqual(["Brand i serverhall"]);
    expect(await titles({ q: "phish" })).toEqual(["Phishing"]);
    expect(await titles({})).toEqual(["Phishing", "Brand i serverhall", "Stöld av dator"]);
    expect(riskListQuerySchema.safeParse({ sort: "cause:asc" }).success).toBe(false);
  });

  it("counts risks per band month by month from the level history", async () => {
    const { ciso } = await createOrgWithRoles();
    const risk = await createTestRisk(ciso, { likelihood: 4, consequence: 4 });
    const now = new Date();
    const twoMonthsAgo = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 2, 15));
    await db.riskLevelChange.updateMany({ where: { riskId: risk.id }, data: { changedAt: twoMonthsAgo } });
    await db.riskLevelChange.create({
      data: { organizationId: ciso.organizationId, riskId: risk.id, likelihood: 2, consequence: 2, level: 4, status: "treated", changedAt: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 10)) },
    });
    const trend = (await riskTrend(ciso, riskTrendQuerySchema.parse({ months: "4" }))).items;
    expect(trend.map((p) => [p.extreme, p.medium, p.total])).toEqual([[0, 0, 0], [1, 0, 1], [0, 1, 1], [0, 1, 1]]);
  });

  it("exports the filtered list as CSV for Swedish Excel", async () => {
    const { ciso } = await createOrgWithRoles();
    await createTestRisk(ciso, { title: "Phishing; riktad", likelihood: 4, consequence: 4 });
    await createTestRisk(ciso, { title: "Låg risk", likelihood: 1, consequence: 1 });
    const response = await exportRisks(ciso, riskExportQuerySchema.parse({ format: "csv", band: "extreme" }));
    expect(response.headers.get("content-type")).toContain("text/csv");
    const text = await response.text();
    const lines = text.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('"Phishing; riktad"');
    expect(lines[1]).toContain("extremt hög");
    const xlsx = await exportRisks(ciso, riskExportQuerySchema.parse({}));
    expect(xlsx.headers.get("content-disposition")).toMatch(/risker-.*\.xlsx/);
  });

  it("reads default settings, lets admin edit bands and criteria and denies the ciso and management", async () => {
    const { admin, ciso, management, reporter } = await createOrgWithRoles();
    expect(await riskSettings.read(management)).toEqual({
      bands: { low: 2, medium: 6, high: 12 },
      acceptance: { riskOwner: "low", ciso: "medium", admin: "medium", management: "extreme" },
      requireDeciderConfirmation: false,
      version: 1,
    });
    await expect(riskSettings.read(reporter)).rejects.toMatchObject({ status: 403 });
    await expect(riskSettings.write(management, {}, 1)).rejects.toMatchObject({ status: 403 });
    const risk = await createTestRisk(ciso, { likelihood: 2, consequence: 4 });
    expect(risk.band).toBe("high");
    await expect(riskSettings.write(ciso, { acceptance: { ciso: "high" } }, 1)).rejects.toMatchObject({ status: 403 });
    await riskSettings.write(admin, { bands: { low: 2, medium: 8, high: 12 }, acceptance: { ciso: "high" } }, 1);
    expect((await getRisk(ciso, risk.id)).band).toBe("medium");
    expect((await riskSettings.read(ciso)).acceptance).toMatchObject({ ciso: "high", management: "extreme" });
    await expect(riskSettings.write(admin, { bands: { low: 8, medium: 4, high: 12 } }, 2)).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["bands", "medium"] })] });
  });
});
