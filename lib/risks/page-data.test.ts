import { describe, expect, it } from "vitest";
import { createAction } from "../actions/service";
import { createOrgWithRoles } from "../../test/factories";
import { createTestAsset } from "../../test/assets-factories";
import { createTestRisk } from "../../test/risks-factories";
import { createRiskAnalysis } from "../risk-analyses/service";
import { acceptanceDeniedText, riskMessages } from "./messages";
import { analysisActions, analysisAssetIds, riskDashboard, riskLinks } from "./page-data";
import { acceptanceDeciders, acceptanceDeniedMessage } from "./rules";
import { RISK_BANDS } from "./schema";
import { DEFAULT_RISK_SETTINGS } from "./settings-schema";

const yesterday = () => new Date(Date.now() - 86_400_000);

describe("risk page data", () => {
  it("counts the dashboard card as the lists it links to, and nothing for a reporter", async () => {
    const { ciso, reporter, informationOwner } = await createOrgWithRoles();
    const high = await createTestRisk(ciso, { likelihood: 3, consequence: 4 });
    await createTestRisk(ciso, { likelihood: 1, consequence: 2, treatment: "reduce" });
    await createTestRisk(ciso, { likelihood: 4, consequence: 4, status: "closed" });
    await createAction(ciso, { title: "Försenad", status: "planned", dueAt: yesterday(), source: { type: "risk", id: high.id } });
    await createAction(ciso, { title: "Fristående", status: "planned", dueAt: yesterday() });
    expect(await riskDashboard(ciso)).toEqual({ perBand: { low: 1, medium: 0, high: 1, extreme: 1 }, undecided: 1, overdueActions: 1 });
    expect(await riskDashboard(reporter)).toBeNull();
    // An information owner sees only the risks of their assets.
    expect((await riskDashboard(informationOwner))?.perBand).toEqual({ low: 0, medium: 0, high: 0, extreme: 0 });
  });

  it("collects an analysis' assets and actions and a risk's links", async () => {
    const { ciso, informationOwner } = await createOrgWithRoles();
    const asset = await createTestAsset(ciso, { ownerId: informationOwner.userId, name: "Ärendesystem" });
    await createTestAsset(ciso);
    const analysis = await createRiskAnalysis(ciso, { title: "Analys", assetIds: [asset.id] });
    const risk = await createTestRisk(ciso, { analysisId: analysis.id, assetIds: [asset.id] });
    const fromRisk = await createAction(ciso, { title: "Från risken", status: "planned", source: { type: "risk", id: risk.id } });
    const fromAnalysis = await createAction(ciso, { title: "Från analysen", status: "planned", source: { type: "risk_analysis", id: analysis.id } });
    await createAction(ciso, { title: "Annan", status: "planned" });
    expect(await analysisAssetIds(ciso, analysis.id)).toEqual([asset.id]);
    expect((await analysisActions(ciso, analysis.id, [risk.id])).map((a) => a.id).sort()).toEqual([fromRisk.id, fromAnalysis.id].sort());
    expect(await riskLinks(ciso, risk)).toEqual({ assets: [{ id: asset.id, name: "Ärendesystem" }], analysis: { id: analysis.id, title: "Analys" } });
  });

  it("says who may decide in the same words as the API", () => {
    for (const band of RISK_BANDS) {
      const deciders = acceptanceDeciders(band, DEFAULT_RISK_SETTINGS.acceptance);
      expect(acceptanceDeniedText(riskMessages.sv, band, deciders)).toBe(acceptanceDeniedMessage(band, DEFAULT_RISK_SETTINGS.acceptance));
    }
    expect(acceptanceDeniedText(riskMessages.en, "high", ["management"])).toBe("Only management may accept risks at the level high.");
  });
});
