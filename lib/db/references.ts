import { badRequest } from "../errors";
import type { Tx } from "./client";

type Model = "orgUnit" | "user" | "asset" | "risk" | "riskAnalysis" | "incident" | "action";

/** How many of `ids` exist in the organisation, per model. */
const counters: Record<Model, (tx: Tx, organizationId: string, ids: string[]) => Promise<number>> = {
  orgUnit: (tx, organizationId, ids) => tx.orgUnit.count({ where: { organizationId, id: { in: ids } } }),
  user: (tx, organizationId, ids) => tx.membership.count({ where: { organizationId, userId: { in: ids } } }),
  asset: (tx, organizationId, ids) => tx.asset.count({ where: { organizationId, id: { in: ids } } }),
  risk: (tx, organizationId, ids) => tx.risk.count({ where: { organizationId, id: { in: ids } } }),
  riskAnalysis: (tx, organizationId, ids) => tx.riskAnalysis.count({ where: { organizationId, id: { in: ids } } }),
  incident: (tx, organizationId, ids) => tx.incident.count({ where: { organizationId, id: { in: ids } } }),
  action: (tx, organizationId, ids) => tx.action.count({ where: { organizationId, id: { in: ids } } }),
};

/**
 * Checks that every referenced id belongs to the caller's organisation (never trust ids from
 * the client); a missing one is a 400 naming the field.
 */
export async function assertReferences(
  tx: Tx,
  organizationId: string,
  refs: Record<string, { model: Model; ids: ReadonlyArray<string | null | undefined> | string | null | undefined }>,
): Promise<void> {
  const fields: Record<string, string[]> = {};
  await Promise.all(
    Object.entries(refs).map(async ([field, { model, ids }]) => {
      const list = [...new Set((Array.isArray(ids) ? ids : [ids]).filter((id): id is string => !!id))];
      if (list.length === 0) return;
      if ((await counters[model](tx, organizationId, list)) !== list.length) fields[field] = ["Hittades inte i organisationen."];
    }),
  );
  if (Object.keys(fields).length) throw badRequest("Länkade poster finns inte.", fields);
}
