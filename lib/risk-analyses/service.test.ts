import { describe, expect, it } from "vitest";
import { createAction } from "../actions/service";
import { createOrganization, createOrgUnit, createOrgWithRoles, createPrincipal } from "../../test/factories";
import { createTestAsset } from "../../test/assets-factories";
import { createTestRisk } from "../../test/risks-factories";
import { getRisk } from "../risks/queries";
import { getRiskAnalysis, listRiskAnalyses } from "./queries";
import { riskAnalysisListQuerySchema } from "./schema";
import { createRiskAnalysis, deleteRiskAnalysis, updateRiskAnalysis } from "./service";

const list = (input: Record<string, string> = {}) => riskAnalysisListQuerySchema.parse(input);

describe("risk analyses", () => {
  it("creates an analysis with assets and participants and summarises its risks", async () => {
    const { ciso } = await createOrgWithRoles();
    const unit = await createOrgUnit(ciso.organizationId, "IT-enheten");
    const asset = await createTestAsset(ciso);
    const analysis = await createRiskAnalysis(ciso, {
      title: "Riskanalys IT-drift",
      orgUnitId: unit.id,
      participants: ["Anna Andersson", "Bo Berg"],
      status: "ongoing",
      assetIds: [asset.id, asset.id],
    });
    expect(analysis).toMatchObject({ status: "ongoing", assetIds: [asset.id], participants: ["Anna Andersson", "Bo Berg"], performedAt: null, riskCount: 0 });
    const high = await createTestRisk(ciso, { analysisId: analysis.id, likelihood: 3, consequence: 4, treatment: "reduce", residualLikelihood: 1, residualConsequence: 4 });
    await createTestRisk(ciso, { analysisId: analysis.id, likelihood: 1, consequence: 1 });
    await createTestRisk(ciso, { likelihood: 4, consequence: 4 });
    await createAction(ciso, { title: "Åtgärd", status: "planned", dueAt: new Date(Date.now() - 86_400_000), source: { type: "risk", id: high.id } });
    const detail = await getRiskAnalysis(ciso, analysis.id);
    expect(detail.riskCount).toBe(2);
    expect(detail.summary).toMatchObject({ riskCount: 2, bands: { low: 1, medium: 0, high: 1, extreme: 0 }, statuses: { open: 2 }, actionsOverdue: 1 });
    expect(detail.summary.heatmap.counts[2][3]).toBe(1);
    expect(detail.summary.residualHeatmap.counts[0][3]).toBe(1);
  });

  it("dates an analysis when it is completed and filters the list", async () => {
    const { ciso, informationOwner } = await createOrgWithRoles();
    const asset = await createTestAsset(ciso);
    const analysis = await createRiskAnalysis(ciso, { title: "Planerad", status: "planned" });
    const completed = await updateRiskAnalysis(ciso, analysis.id, { status: "completed", assetIds: [asset.id], version: 1 });
    expect(completed.performedAt).not.toBeNull();
    expect(completed.assetIds).toEqual([asset.id]);
    await createRiskAnalysis(ciso, { title: "Annan", status: "planned" });
    expect((await listRiskAnalyses(informationOwner, list({ status: "completed" }))).items.map((a) => a.title)).toEqual(["Planerad"]);
    expect((await listRiskAnalyses(ciso, list({ assetId: asset.id }))).total).toBe(1);
    await expect(updateRiskAnalysis(ciso, analysis.id, { title: "x", version: 1 })).rejects.toMatchObject({ status: 409 });
  });

  it("denies writes outside admin and ciso, hides other organisations and checks references", async () => {
    const { ciso, management, reporter, auditor } = await createOrgWithRoles();
    const other = await createPrincipal(await createOrganization("Annan"), "ciso");
    const foreign = await createTestAsset(other);
    const analysis = await createRiskAnalysis(ciso, { title: "Analys" });
    await expect(createRiskAnalysis(management, { title: "x" })).rejects.toMatchObject({ status: 403 });
    await expect(listRiskAnalyses(reporter, list())).rejects.toMatchObject({ status: 403 });
    await expect(getRiskAnalysis(other, analysis.id)).rejects.toMatchObject({ status: 404 });
    await expect(updateRiskAnalysis(auditor, analysis.id, { title: "x", version: 1 })).rejects.toMatchObject({ status: 403 });
    await expect(createRiskAnalysis(ciso, { title: "x", assetIds: [foreign.id] })).rejects.toMatchObject({ status: 400, fields: { assetIds: expect.any(Array) } });
    expect((await getRiskAnalysis(auditor, analysis.id)).title).toBe("Analys");
  });

  it("keeps its risks when an analysis is deleted", async () => {
    const { ciso } = await createOrgWithRoles();
    const analysis = await createRiskAnalysis(ciso, { title: "Analys" });
    const risk = await createTestRisk(ciso, { analysisId: analysis.id });
    await deleteRiskAnalysis(ciso, analysis.id);
    expect((await getRisk(ciso, risk.id)).analysisId).toBeNull();
  });
});
