import "server-only";
import { db } from "../db/client";
import { shareIndicator, type IndicatorProvider } from "../indicators/schema";

const PERSPECTIVE = "informationsklassning" as const;

/**
 * Informationsklassning (DESIGN §2, §5). A classification is a current state, not an event in the
 * window, so these count the register as it stands now.
 */
export const assetIndicators: IndicatorProvider = {
  perspective: PERSPECTIVE,
  async compute(organizationId) {
    const now = new Date();
    const [assets, classified, reviewCurrent, withOwner, orgUnits, coveredUnits] = await Promise.all([
      db.asset.count({ where: { organizationId } }),
      db.asset.count({ where: { organizationId, classified: true } }),
      db.asset.count({ where: { organizationId, classified: true, reviewDueAt: { gte: now } } }),
      db.asset.count({ where: { organizationId, ownerId: { not: null } } }),
      db.orgUnit.count({ where: { organizationId } }),
      db.orgUnit.count({ where: { organizationId, assets: { some: { classified: true } } } }),
    ]);
    return [
      shareIndicator(PERSPECTIVE, "assets.classified_share", classified, assets, "/tillgangar?classified=false"),
      shareIndicator(PERSPECTIVE, "assets.org_units_covered_share", coveredUnits, orgUnits, "/tillgangar?classified=true"),
      shareIndicator(PERSPECTIVE, "assets.review_current_share", reviewCurrent, classified, "/tillgangar?reviewOverdue=true"),
      shareIndicator(PERSPECTIVE, "assets.owner_assigned_share", withOwner, assets, "/tillgangar?hasOwner=false"),
    ];
  },
};
