import "server-only";
import type { Tx } from "../db/client";
import { badRequest } from "../errors";
import { canHold } from "./rules";

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
