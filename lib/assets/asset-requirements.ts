import "server-only";
import { recordAudit } from "../audit/trail";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { readClassificationModel } from "../classification/service";
import { db } from "../db/client";
import { badRequest, notFound } from "../errors";
import { assetRecord } from "./queries";
import { toRequirementView } from "./requirements";
import type { AssetRequirementView, RequirementStatus, RequirementStatusInput } from "./requirements-schema";
import { aspectLevels, requirementApplies } from "./rules";

type StatusRow = { status: string; note: string | null; updatedAt: Date } | undefined;

function withStatus(requirement: Parameters<typeof toRequirementView>[0], status: StatusRow): AssetRequirementView {
  return {
    ...toRequirementView(requirement),
    status: (status?.status ?? "not_met") as RequirementStatus,
    note: status?.note ?? null,
    statusUpdatedAt: status?.updatedAt.toISOString() ?? null,
  };
}

/** The requirements the asset's levels call for; one without a recorded status is not met. */
export async function listAssetRequirements(principal: Principal, assetId: string): Promise<{ items: AssetRequirementView[] }> {
  const asset = await db.asset.findUnique({ where: { id: assetId } });
  authorize(principal, "assets.read", asset ? assetRecord(asset) : null);
  const [model, requirements, statuses] = await Promise.all([
    readClassificationModel(db, principal.organizationId),
    db.securityRequirement.findMany({ where: { organizationId: principal.organizationId }, orderBy: [{ category: "asc" }, { code: "asc" }] }),
    db.assetRequirementStatus.findMany({ where: { assetId } }),
  ]);
  const levels = aspectLevels(asset!);
  const byRequirement = new Map(statuses.map((status) => [status.requirementId, status]));
  return {
    items: requirements
      .filter((requirement) => requirementApplies(requirement, levels, model))
      .map((requirement) => withStatus(requirement, byRequirement.get(requirement.id))),
  };
}

/** Whoever may write the asset records how far it meets a requirement (audited on the asset). */
export async function setAssetRequirementStatus(
  principal: Principal,
  assetId: string,
  requirementId: string,
  input: RequirementStatusInput,
): Promise<AssetRequirementView> {
  return db.$transaction(async (tx) => {
    const asset = await tx.asset.findUnique({ where: { id: assetId } });
    authorize(principal, "assets.write", asset ? assetRecord(asset) : null);
    const requirement = await tx.securityRequirement.findUnique({ where: { id: requirementId } });
    if (!requirement || requirement.organizationId !== principal.organizationId) throw notFound("Kravet finns inte.");
    const model = await readClassificationModel(tx, principal.organizationId);
    if (!requirementApplies(requirement, aspectLevels(asset!), model)) {
      throw badRequest("Kravet gäller inte tillgångens klassning.", { requirementId: ["Kravet gäller från en högre nivå än tillgången har."] });
    }
    const key = { assetId_requirementId: { assetId, requirementId } };
    const before = await tx.assetRequirementStatus.findUnique({ where: key });
    const data = { status: input.status, note: input.note ?? null };
    const after = await tx.assetRequirementStatus.upsert({ where: key, create: { assetId, requirementId, ...data }, update: data });
    await recordAudit(tx, principal, {
      entity: "asset",
      entityId: assetId,
      action: "requirement.status",
      before: before ? { requirementId, code: requirement.code, status: before.status, note: before.note } : null,
      after: { requirementId, code: requirement.code, status: after.status, note: after.note },
    });
    return withStatus(requirement, after);
  });
}
