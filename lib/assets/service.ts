import "server-only";
import { addCalendarMonths } from "../dates";
import { assertNoActions } from "../actions/service";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { readClassificationModel } from "../classification/service";
import type { Aspect } from "../classification/schema";
import { db, type Tx } from "../db/client";
import { createAudited, deleteAudited, nextVersion, updateAudited, versionedWhere } from "../db/mutation";
import { assertReferences } from "../db/references";
import { AppError, notFound } from "../errors";
import { assetRecord, loadAssetDetail, toAssetDetail } from "./queries";
import { aspectLevels, canHold, classificationStamp, cleanMotivations, defaultOwnerId, deriveProtection, levelsChanged, mergeLevels, sameMotivations } from "./rules";
import type { AssetCreate, AssetDetailView, AssetUpdate } from "./schema";
import { assertScale, recordClassification } from "./classification-record";
import { assertHoldable, syncLinks } from "./links";

async function detail(principal: Principal, id: string): Promise<AssetDetailView> {
  const row = await loadAssetDetail(db, id);
  if (!row) throw notFound();
  return toAssetDetail(row, await readClassificationModel(db, principal.organizationId));
}

/** POST /api/v1/assets, whose row checks assets.create (an information owner creates too). */
export async function createAsset(principal: Principal, input: AssetCreate): Promise<AssetDetailView> {
  const orgId = principal.organizationId;
  const created = await createAudited(principal, "asset", async (tx) => {
    const ownerId = input.ownerId === undefined ? defaultOwnerId(principal) : input.ownerId;
    await assertReferences(tx, orgId, {
      orgUnitId: { type: "org_unit", ids: input.orgUnitId },
      ownerId: { type: "user", ids: ownerId, duty: "asset_owner" },
      holdsIds: { type: "asset", ids: input.holdsIds },
    });
    const model = await readClassificationModel(tx, orgId);
    assertScale(input, model);
    await assertHoldable(tx, orgId, input.kind, input.holdsIds ?? []);
    const { holdsIds, motivations, ...fields } = input;
    const levels = aspectLevels(input);
    const clean = cleanMotivations(motivations);
    const now = new Date();
    const classifying = levelsChanged(aspectLevels({}), levels);
    const row = await tx.asset.create({
      data: {
        ...fields,
        ...levels,
        ownerId,
        personalData: fields.personalData || fields.sensitivePersonalData,
        ...(classifying ? classificationStamp(levels, model, principal.userId, now) : deriveProtection(levels, model)),
        organizationId: orgId,
      },
    });
    await syncLinks(tx, row.id, row.kind, holdsIds);
    if (classifying) await recordClassification(tx, principal, model, { assetId: row.id, kind: "classified", levels, motivations: clean, at: now });
    return row;
  });
  return detail(principal, created.id);
}

async function motivationsChanged(tx: Tx, assetId: string, motivations: Partial<Record<Aspect, string>>): Promise<boolean> {
  const latest = await tx.assetClassification.findFirst({ where: { assetId, kind: "classified" }, orderBy: { classifiedAt: "desc" }, select: { motivations: true } });
  return !sameMotivations(motivations, (latest?.motivations ?? {}) as Partial<Record<Aspect, string>>);
}

/**
 * A change of any level (or new motivations) is a classification: it is stamped with who and when,
 * renews the review date and is kept in the history.
 */
export async function updateAsset(principal: Principal, id: string, input: AssetUpdate): Promise<AssetDetailView> {
  const { version, holdsIds, motivations, ...changes } = input;
  const orgId = principal.organizationId;
  await updateAudited(principal, "asset", {
    version,
    load: (tx) => tx.asset.findUnique({ where: { id }, include: { holds: { select: { heldId: true } } } }),
    check: (before) => authorize(principal, "assets.write", assetRecord(before)),
    update: async (tx, before) => {
      await assertReferences(tx, orgId, {
        orgUnitId: { type: "org_unit", ids: changes.orgUnitId },
        ownerId: { type: "user", ids: changes.ownerId, duty: "asset_owner" },
        holdsIds: { type: "asset", ids: holdsIds },
      });
      const model = await readClassificationModel(tx, orgId);
      assertScale(changes, model);
      const kind = changes.kind ?? before.kind;
      await assertHoldable(tx, orgId, kind, holdsIds ?? [], id);
      const previous = aspectLevels(before);
      const levels = mergeLevels(previous, changes);
      const clean = cleanMotivations(motivations);
      const classifying = levelsChanged(previous, levels) || (motivations !== undefined && Object.values(levels).some((value) => value !== null) && (await motivationsChanged(tx, id, clean)));
      const now = new Date();
      const sensitive = changes.sensitivePersonalData ?? before.sensitivePersonalData;
      const row = await tx.asset.update({
        where: versionedWhere(id, version),
        data: {
          ...changes,
          ...levels,
          personalData: (changes.personalData ?? before.personalData) || sensitive,
          ...(classifying ? classificationStamp(levels, model, principal.userId, now) : deriveProtection(levels, model)),
          ...nextVersion,
        },
        include: { holds: { select: { heldId: true } } },
      });
      await syncLinks(tx, id, kind, holdsIds);
      if (classifying) await recordClassification(tx, principal, model, { assetId: id, kind: "classified", levels, motivations: clean, at: now });
      // The audit trail's "after" shows the links as they are now.
      const holds = !canHold(kind) ? [] : holdsIds === undefined ? row.holds : [...new Set(holdsIds)].map((heldId) => ({ heldId }));
      return { ...row, holds };
    },
  });
  return detail(principal, id);
}

/** "Reviewed, no change": the classification stands and the next review is one interval away. */
export async function reviewAsset(principal: Principal, id: string, version: number): Promise<AssetDetailView> {
  const orgId = principal.organizationId;
  await updateAudited(principal, "asset", {
    version,
    action: "review",
    load: (tx) => tx.asset.findUnique({ where: { id } }),
    check: (before) => {
      authorize(principal, "assets.write", assetRecord(before));
      if (!before.classified) throw new AppError(400, "not_classified", "Tillgången är inte klassad. Klassa alla aspekter först.");
    },
    update: async (tx, before) => {
      const model = await readClassificationModel(tx, orgId);
      const now = new Date();
      const row = await tx.asset.update({
        where: versionedWhere(id, version),
        data: { reviewDueAt: addCalendarMonths(now, model.reviewIntervalMonths), ...nextVersion },
      });
      await recordClassification(tx, principal, model, { assetId: id, kind: "reviewed", levels: aspectLevels(before), motivations: {}, at: now });
      return row;
    },
  });
  return detail(principal, id);
}

export async function deleteAsset(principal: Principal, id: string): Promise<void> {
  await deleteAudited(principal, "asset", {
    load: (tx) => tx.asset.findUnique({ where: { id } }),
    check: (before) => authorize(principal, "assets.delete", before),
    remove: async (tx, before) => {
      await assertNoActions(tx, before.organizationId, "asset", id);
      return tx.asset.delete({ where: { id } });
    },
  });
}
