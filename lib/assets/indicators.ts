import "server-only";
import { db } from "../db/client";
import { shareRecords, shareViews, whereSet, type CountedShares } from "../indicators/counted";
import type { IndicatorProvider } from "../indicators/schema";

const PERSPECTIVE = "informationsklassning" as const;

/**
 * Informationsklassning (DESIGN §2, §5). A classification is a current state, not an event in the
 * window, so these count the register as it stands now. Each figure's two sets are defined once
 * here, for the count and for the drill-down list alike.
 */
const shares: CountedShares = (organizationId, _window, now) => {
  const assets = whereSet("asset", db.asset, { organizationId });
  const classified = whereSet("asset", db.asset, { organizationId, classified: true });
  return {
    "assets.classified_share": { numerator: classified, denominator: assets, href: "/tillgangar?classified=false" },
    "assets.org_units_covered_share": {
      numerator: whereSet("org_unit", db.orgUnit, { organizationId, assets: { some: { classified: true } } }),
      denominator: whereSet("org_unit", db.orgUnit, { organizationId }),
      href: "/tillgangar?classified=true",
    },
    "assets.review_current_share": {
      numerator: whereSet("asset", db.asset, { organizationId, classified: true, reviewDueAt: { gte: now } }),
      denominator: classified,
      href: "/tillgangar?reviewOverdue=true",
    },
    "assets.owner_assigned_share": { numerator: whereSet("asset", db.asset, { organizationId, ownerId: { not: null } }), denominator: assets, href: "/tillgangar?hasOwner=false" },
  };
};

export const assetIndicators: IndicatorProvider = {
  perspective: PERSPECTIVE,
  compute: (organizationId, window) => shareViews(PERSPECTIVE, shares(organizationId, window, new Date())),
  records: (principal, key, part, window) => shareRecords(shares(principal.organizationId, window, new Date()), key, part),
};
