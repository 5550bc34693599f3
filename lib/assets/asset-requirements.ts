import "server-only";
import { recordAudit } from "../audit/trail";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { readClassificationModel } from "../classification/service";
import { db, type Tx } from "../db/client";
import { badRequest, notFound } from "../errors";
import { assetRecord } from "./queries";
import { toRequirementView } from "./requirements";
import type { AssetRequirementView, RequirementStatus, RequirementStatusesInput, RequirementStatusInput } from "./requirements-schema";
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

type Requirement = Parameters<typeof toRequirementView>[0];

/** Records one status inside the caller's transaction; audited on the asset only when it changed. */
async function writeStatus(tx: Tx, principal: Principal, assetId: string, requirement: Requirement, input: RequirementStatusInput): Promise<AssetRequirementView> {
  const key = { assetId_requirementId: { assetId, requirementId: requirement.id } };
  const before = await tx.assetRequirementStatus.findUnique({ where: key });
  const data = { status: input.status, note: input.note ?? null };
  if (before && before.status === data.status && before.note === data.note) return withStatus(requirement, before);
  const after = await tx.assetRequirementStatus.upsert({ where: key, create: { assetId, requirementId: requirement.id, ...data }, update: data });
  await recordAudit(tx, principal, {
    entity: "asset",
    entityId: assetId,
    action: "requirement.status",
    before: before ? { requirementId: requirement.id, code: requirement.code, status: before.status, note: before.note } : null,
    after: { requirementId: requirement.id, code: requirement.code, status: after.status, note: after.note },
  });
  return withStatus(requirement, after);
}

/** The asset (authorised for writing) and the requirements among `ids` that apply to its levels; any other is a 400 or 404. */
async function applicableRequirements(tx: Tx, principal: Principal, assetId: string, ids: string[]): Promise<Map<string, Requirement>> {
  const asset = await tx.asset.findUnique({ where: { id: assetId } });
  authorize(principal, "assets.write", asset ? assetRecord(asset) : null);
  const requirements = await tx.securityRequirement.findMany({ where: { organizationId: principal.organizationId, id: { in: ids } } });
  if (requirements.length !== new Set(ids).size) throw notFound("Kravet finns inte.");
  const model = await readClassificationModel(tx, principal.organizationId);
  const levels = aspectLevels(asset!);
  if (requirements.some((requirement) => !requirementApplies(requirement, levels, model))) {
    throw badRequest("Kravet gäller inte tillgångens klassning.", { requirementId: ["Kravet gäller från en högre nivå än tillgången har."] });
  }
  return new Map(requirements.map((requirement) => [requirement.id, requirement]));
}

/** Whoever may write the asset records how far it meets a requirement (audited on the asset). */
export async function setAssetRequirementStatus(principal: Principal, assetId: string, requirementId: string, input: RequirementStatusInput): Promise<AssetRequirementView> {
  return db.$transaction(async (tx) => {
    const requirements = await applicableRequirements(tx, principal, assetId, [requirementId]);
    return writeStatus(tx, principal, assetId, requirements.get(requirementId)!, input);
  });
}

/** The asset page's one form: every status saved together, all or nothing. */
export async function setAssetRequirementStatuses(principal: Principal, assetId: string, input: RequirementStatusesInput): Promise<{ items: AssetRequirementView[] }> {
  return db.$transaction(async (tx) => {
    const requirements = await applicableRequirements(tx, principal, assetId, input.items.map((item) => item.requirementId));
    const items: AssetRequirementView[] = [];
    // One after another: the writes share the transaction's connection.
    for (const item of input.items) items.push(await writeStatus(tx, principal, assetId, requirements.get(item.requirementId)!, item));
    return { items };
  });
}
