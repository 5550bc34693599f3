import "server-only";
import type { Principal } from "../authz/roles";
import type { Aspect, ClassificationModel } from "../classification/schema";
import type { Tx } from "../db/client";
import { badRequest } from "../errors";
import { canHold, levelNamesFor, scaleErrors, type AspectLevels } from "./rules";

/** 400 naming each aspect whose level is outside the organisation's scale. */
export function assertScale(levels: Partial<Record<Aspect, number | null | undefined>>, model: ClassificationModel): void {
  const fields = scaleErrors(levels, model);
  if (Object.keys(fields).length) throw badRequest("Nivån finns inte i klassningsmodellen.", fields);
}

/** Appends to the classification history (kind "classified" or "reviewed"). */
export async function recordClassification(
  tx: Tx,
  principal: Principal,
  model: ClassificationModel,
  entry: { assetId: string; kind: "classified" | "reviewed"; levels: AspectLevels; motivations: Partial<Record<Aspect, string>>; at: Date },
): Promise<void> {
  await tx.assetClassification.create({
    data: {
      organizationId: principal.organizationId,
      assetId: entry.assetId,
      kind: entry.kind,
      ...entry.levels,
      motivations: entry.motivations,
      levelNames: levelNamesFor(entry.levels, model),
      classifiedById: principal.userId,
      classifiedAt: entry.at,
    },
  });
}

/** Only systems and services hold information, and only information assets (never themselves). */
export async function assertHoldable(tx: Tx, organizationId: string, holderKind: string, holdsIds: ReadonlyArray<string>, selfId?: string): Promise<void> {
  if (holdsIds.length === 0) return;
  if (!canHold(holderKind)) throw badRequest("Bara system och tjänster kan innehålla information.", { holdsIds: ["Ändra typ till system eller tjänst, eller ta bort kopplingarna."] });
  if (selfId && holdsIds.includes(selfId)) throw badRequest("En tillgång kan inte innehålla sig själv.", { holdsIds: ["Ta bort tillgången själv ur listan."] });
  const notInformation = await tx.asset.count({ where: { organizationId, id: { in: [...holdsIds] }, kind: { not: "information" } } });
  if (notInformation) throw badRequest("Välj informationsmängder.", { holdsIds: ["Ett system eller en tjänst kan bara innehålla informationsmängder."] });
}

/** Replaces what a holder holds; drops links a kind change made invalid. */
export async function syncLinks(tx: Tx, assetId: string, kind: string, holdsIds: ReadonlyArray<string> | undefined): Promise<void> {
  if (holdsIds !== undefined || !canHold(kind)) {
    await tx.assetLink.deleteMany({ where: { holderId: assetId } });
    const unique = [...new Set(holdsIds ?? [])];
    if (unique.length && canHold(kind)) await tx.assetLink.createMany({ data: unique.map((heldId) => ({ holderId: assetId, heldId })) });
  }
  if (kind !== "information") await tx.assetLink.deleteMany({ where: { heldId: assetId } });
}
