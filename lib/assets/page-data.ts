import "server-only";
import { authorize, can } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { userOptions } from "../users/queries";
import { assetRecord, assetWhere } from "./queries";

/** What the asset pages need besides the assets themselves: pickers and dashboard counts. */

export async function assetOrgUnitOptions(principal: Principal): Promise<{ id: string; name: string }[]> {
  authorize(principal, "assets.read");
  return db.orgUnit.findMany({ where: { organizationId: principal.organizationId }, select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] });
}

export interface InformationOption {
  id: string;
  name: string;
  protectionLevel: number | null;
}

/** Information sets a system or service can hold. */
export async function informationAssetOptions(principal: Principal): Promise<InformationOption[]> {
  authorize(principal, "assets.read");
  return db.asset.findMany({
    where: { organizationId: principal.organizationId, kind: "information" },
    select: { id: true, name: true, protectionLevel: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

/** May this person edit and classify the asset (its owner, admin, ciso)? For showing the edit pages and buttons. */
export function mayWriteAsset(principal: Principal, asset: { ownerId: string | null }): boolean {
  return can(principal, "assets.write", assetRecord({ organizationId: principal.organizationId, ownerId: asset.ownerId }));
}

/** The pickers of the asset form (new and edit): units, owners and the information a system can hold. */
export async function assetFormOptions(principal: Principal) {
  const [units, users, information] = await Promise.all([assetOrgUnitOptions(principal), userOptions(principal), informationAssetOptions(principal)]);
  return { units, users, information };
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
  const count = (filters: Parameters<typeof assetWhere>[1]) => db.asset.count({ where: assetWhere(orgId, filters) });
  const owner = principal.role === "information_owner";
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
