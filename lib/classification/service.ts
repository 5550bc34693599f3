import "server-only";
import { recordAudit } from "../audit/trail";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db, type Tx } from "../db/client";
import { badRequest } from "../errors";
import { readSettingsSection } from "../settings/sections";
import { CLASSIFICATION_SECTION, classificationModelSchema, topLevel, type ClassificationModel, type ClassificationModelInput } from "./schema";

export function readClassificationModel(client: Tx | typeof db, organizationId: string): Promise<ClassificationModel> {
  return readSettingsSection(client, organizationId, CLASSIFICATION_SECTION, classificationModelSchema);
}

/** Everyone who reads assets needs the model: the guided form shows each level's criteria. */
export async function getClassificationModel(principal: Principal): Promise<ClassificationModel> {
  authorize(principal, "assets.read");
  return readClassificationModel(db, principal.organizationId);
}

/**
 * Saves the model. Old classifications stay readable (their history keeps the level names of the
 * time); a scale that would cut off levels in use is refused, and switching traceability on or off (or making it required)
 * re-derives every asset's protection level and classified flag in the same transaction.
 */
export async function updateClassificationModel(principal: Principal, input: ClassificationModelInput): Promise<ClassificationModel> {
  authorize(principal, "classification-model.manage");
  const model = classificationModelSchema.parse(input);
  return db.$transaction(async (tx) => {
    const organization = await tx.organization.findUniqueOrThrow({ where: { id: principal.organizationId } });
    const all = (organization.settings ?? {}) as Record<string, unknown>;
    const before = classificationModelSchema.parse(all[CLASSIFICATION_SECTION] ?? {});
    const used = await tx.asset.aggregate({
      where: { organizationId: organization.id },
      _max: { confidentiality: true, integrity: true, availability: true, traceability: true },
    });
    const highest = Math.max(-1, ...Object.values(used._max).filter((value): value is number => value !== null));
    if (highest > topLevel(model)) {
      throw badRequest("Skalan är kortare än nivåer som används.", { levels: [`Det finns tillgångar klassade på nivå ${highest}. Ändra dem först.`] });
    }
    await tx.organization.update({
      where: { id: organization.id },
      data: { settings: { ...all, [CLASSIFICATION_SECTION]: model } as object, version: { increment: 1 } },
    });
    if (before.traceabilityEnabled !== model.traceabilityEnabled || before.traceabilityRequired !== model.traceabilityRequired) {
      await rederive(tx, organization.id, model);
    }
    await recordAudit(tx, principal, { entity: "organization", entityId: organization.id, action: `settings.${CLASSIFICATION_SECTION}`, before, after: model });
    return model;
  });
}

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
