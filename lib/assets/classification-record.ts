import "server-only";
import type { Principal } from "../authz/roles";
import type { Aspect, ClassificationModel } from "../classification/schema";
import type { Tx } from "../db/client";
import { badRequest } from "../errors";
import { levelNamesFor, scaleErrors, type AspectLevels } from "./rules";

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
