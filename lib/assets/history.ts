import "server-only";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import type { Aspect } from "../classification/schema";
import { db } from "../db/client";
import { userNames } from "../users/names";
import { assetRecord } from "./queries";
import type { ClassificationHistoryView, Motivations } from "./schema";

/** Every classification and review of an asset, newest first. */
export async function listClassifications(principal: Principal, assetId: string): Promise<{ items: ClassificationHistoryView[] }> {
  const asset = await db.asset.findUnique({ where: { id: assetId }, select: { organizationId: true, ownerId: true } });
  authorize(principal, "assets.read", asset ? assetRecord(asset) : null);
  const rows = await db.assetClassification.findMany({
    where: { organizationId: principal.organizationId, assetId },
    orderBy: [{ classifiedAt: "desc" }, { id: "asc" }],
  });
  const names = await userNames(rows.map((row) => row.classifiedById));
  return {
    items: rows.map((row) => ({
      id: row.id,
      kind: row.kind === "reviewed" ? "reviewed" : "classified",
      confidentiality: row.confidentiality,
      integrity: row.integrity,
      availability: row.availability,
      traceability: row.traceability,
      motivations: row.motivations as Motivations,
      levelNames: row.levelNames as Partial<Record<Aspect, string>>,
      classifiedById: row.classifiedById,
      classifiedByName: row.classifiedById ? (names.get(row.classifiedById) ?? null) : null,
      classifiedAt: row.classifiedAt.toISOString(),
    })),
  };
}
