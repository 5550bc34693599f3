import "server-only";
import { assertNoActions } from "../actions/service";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import type { Tx } from "../db/client";
import { createAudited, deleteAudited, nextVersion, updateAudited, versionedWhere } from "../db/mutation";
import { assertReferences } from "../db/references";
import { analysisInclude, toRiskAnalysisView } from "./queries";
import type { RiskAnalysisCreate, RiskAnalysisStatus, RiskAnalysisUpdate, RiskAnalysisView } from "./schema";

function assertAnalysisReferences(tx: Tx, principal: Principal, input: Partial<RiskAnalysisCreate>) {
  return assertReferences(tx, principal.organizationId, {
    orgUnitId: { type: "org_unit", ids: input.orgUnitId },
    assetIds: { type: "asset", ids: input.assetIds },
  });
}

/** A completed analysis has a date: it is what the coverage indicator counts. */
function performedAtFor(status: RiskAnalysisStatus | undefined, performedAt: Date | null | undefined, previous: Date | null) {
  if (status === "completed" && !(performedAt ?? (performedAt === undefined ? previous : null))) return { performedAt: new Date() };
  return performedAt === undefined ? {} : { performedAt };
}

export async function createRiskAnalysis(principal: Principal, input: RiskAnalysisCreate): Promise<RiskAnalysisView> {
  authorize(principal, "risk-analyses.write");
  const { assetIds = [], ...fields } = input;
  const row = await createAudited(principal, "risk_analysis", async (tx) => {
    await assertAnalysisReferences(tx, principal, input);
    return tx.riskAnalysis.create({
      data: {
        ...fields,
        ...performedAtFor(input.status, input.performedAt, null),
        participants: input.participants ?? [],
        organizationId: principal.organizationId,
        assets: { create: [...new Set(assetIds)].map((assetId) => ({ assetId })) },
      },
      include: analysisInclude,
    });
  });
  return toRiskAnalysisView(row);
}

export async function updateRiskAnalysis(principal: Principal, id: string, input: RiskAnalysisUpdate): Promise<RiskAnalysisView> {
  const { version, assetIds, ...changes } = input;
  const row = await updateAudited(principal, "risk_analysis", {
    version,
    load: (tx) => tx.riskAnalysis.findUnique({ where: { id }, include: analysisInclude }),
    check: (before) => authorize(principal, "risk-analyses.write", before),
    update: async (tx, before) => {
      await assertAnalysisReferences(tx, principal, input);
      const status = changes.status ?? (before.status as RiskAnalysisStatus);
      return tx.riskAnalysis.update({
        where: versionedWhere(id, version),
        data: {
          ...changes,
          ...performedAtFor(status, changes.performedAt, before.performedAt),
          ...(assetIds ? { assets: { deleteMany: {}, create: [...new Set(assetIds)].map((assetId) => ({ assetId })) } } : {}),
          ...nextVersion,
        },
        include: analysisInclude,
      });
    },
  });
  return toRiskAnalysisView(row);
}

/** Its risks stay in the register, no longer linked to an analysis. */
export async function deleteRiskAnalysis(principal: Principal, id: string): Promise<void> {
  await deleteAudited(principal, "risk_analysis", {
    load: (tx) => tx.riskAnalysis.findUnique({ where: { id } }),
    check: (before) => authorize(principal, "risk-analyses.write", before),
    remove: async (tx, before) => {
      await assertNoActions(tx, before.organizationId, "risk_analysis", id);
      return tx.riskAnalysis.delete({ where: { id } });
    },
  });
}
