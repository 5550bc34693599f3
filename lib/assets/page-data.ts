import "server-only";
import { authorize, can } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { orgUnitOptions } from "../org-units/queries";
import { assetRecord, assetWhere } from "./queries";
import { writesOwnAssetsOnly } from "./rules";

/** What the asset pages need besides the assets themselves: pickers and dashboard counts. */

/** May this person edit and classify the asset (its owner, admin, ciso)? For showing the edit pages and buttons. */
export function mayWriteAsset(principal: Principal, asset: { ownerId: string | null }): boolean {
  return can(principal, "assets.write", assetRecord({ organizationId: principal.organizationId, ownerId: asset.ownerId }));
}

/** The selects of the asset form (new and edit); what a system holds is searched on the server. */
export async function assetFormOptions(principal: Principal) {
  authorize(principal, "assets.read");
  return { units: await orgUnitOptions(principal) };
}

/** "Due soon" on the dashboard: a review within this many days. */
export const REVIEW_SOON_DAYS = 30;

export interface AssetDashboard {
  total: number;
  classified: number;
  reviewOverdue: number;
  withoutOwner: number;
  /** For information owners: their own assets. */
  mine: { total: number; reviewOverdue: number; reviewSoon: number; unclassified: number } | null;
}

export async function assetDashboard(principal: Principal): Promise<AssetDashboard | null> {
  if (!can(principal, "assets.read")) return null;
  const orgId = principal.organizationId;
  const count = (filters: Parameters<typeof assetWhere>[1]) => db.asset.count({ where: assetWhere(principal, filters) });
  const owner = writesOwnAssetsOnly(principal);
  const now = new Date();
  const soon = new Date(now.getTime() + REVIEW_SOON_DAYS * 86_400_000);
  const [total, classified, reviewOverdue, withoutOwner, mine, mineOverdue, mineSoon, mineUnclassified] = await Promise.all([
    count({}),
    count({ classified: true }),
    count({ reviewOverdue: true }),
    count({ hasOwner: false }),
    owner ? count({ ownerId: principal.userId }) : 0,
    owner ? count({ ownerId: principal.userId, reviewOverdue: true }) : 0,
    owner ? db.asset.count({ where: { organizationId: orgId, ownerId: principal.userId, reviewDueAt: { gte: now, lte: soon } } }) : 0,
    owner ? count({ ownerId: principal.userId, classified: false }) : 0,
  ]);
  return {
    total,
    classified,
    reviewOverdue,
    withoutOwner,
    mine: owner ? { total: mine, reviewOverdue: mineOverdue, reviewSoon: mineSoon, unclassified: mineUnclassified } : null,
  };
}
