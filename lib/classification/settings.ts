import "server-only";
import type { Tx } from "../db/client";
import { badRequest } from "../errors";
import { defineSettingsSection } from "../settings/section";
import { CLASSIFICATION_SECTION, classificationModelSchema, topLevel, type ClassificationModel } from "./schema";

/**
 * The classification model: read by everyone who reads assets (the guided form shows each level's
 * criteria), set by admin and ciso. Old classifications stay readable (their history keeps the
 * level names of the time); a scale that would cut off levels in use is refused, and switching
 * traceability on or off (or making it required) re-derives every asset in the same transaction.
 */
export const classificationSettings = defineSettingsSection({
  key: CLASSIFICATION_SECTION,
  schema: classificationModelSchema,
  read: "assets.read",
  write: "classification-model.manage",
  beforeWrite: async (tx, { organizationId, before, after }) => {
    const used = await tx.asset.aggregate({
      where: { organizationId },
      _max: { confidentiality: true, integrity: true, availability: true, traceability: true },
    });
    const highest = Math.max(-1, ...Object.values(used._max).filter((value): value is number => value !== null));
    if (highest > topLevel(after)) {
      throw badRequest("Skalan är kortare än nivåer som används.", { levels: [`Det finns tillgångar klassade på nivå ${highest}. Ändra dem först.`] });
    }
    if (before.traceabilityEnabled !== after.traceabilityEnabled || before.traceabilityRequired !== after.traceabilityRequired) {
      await rederive(tx, organizationId, after);
    }
  },
});

/** Same rule as deriveProtection (lib/assets/rules.ts), in SQL so it covers every asset at once. */
async function rederive(tx: Tx, organizationId: string, model: ClassificationModel): Promise<void> {
  const withTraceability = model.traceabilityEnabled;
  const traceabilityRequired = model.traceabilityEnabled && model.traceabilityRequired;
  await tx.$executeRaw`UPDATE "Asset" SET
    "protectionLevel" = CASE WHEN ${withTraceability} THEN GREATEST("confidentiality", "integrity", "availability", "traceability")
                             ELSE GREATEST("confidentiality", "integrity", "availability") END,
    "classified" = ("confidentiality" IS NOT NULL AND "integrity" IS NOT NULL AND "availability" IS NOT NULL
                    AND (NOT ${traceabilityRequired} OR "traceability" IS NOT NULL))
    WHERE "organizationId" = ${organizationId}`;
}
