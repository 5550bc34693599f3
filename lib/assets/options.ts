import "server-only";
import { containsText, type OptionsAnswer } from "../api/options";
import { authorize, scopeOf } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import type { AssetOption, AssetOptionsQuery } from "./schema";

const select = (principal: Principal) => ({ id: true, name: true, protectionLevel: scopeOf(principal, "assets.read") !== "none" });

/** The server-searched asset picker: a page of names matching `q`, never the whole register. */
export async function assetOptions(principal: Principal, query: Pick<AssetOptionsQuery, "take"> & Partial<AssetOptionsQuery>): Promise<OptionsAnswer<AssetOption>> {
  authorize(principal, "assets.names");
  const items = await db.asset.findMany({
    where: {
      organizationId: principal.organizationId,
      name: containsText(query.q),
      ...(query.kind ? { kind: query.kind } : {}),
      ...(query.mine ? { ownerId: principal.userId } : {}),
    },
    select: select(principal),
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: query.take,
  });
  return { items };
}

/** The chosen assets of a form or filter, by id, so the picker can show their names; `mine`: only the caller's. */
export async function assetOptionsById(principal: Principal, ids: ReadonlyArray<string | null | undefined>, { mine = false } = {}): Promise<AssetOption[]> {
  authorize(principal, "assets.names");
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) return [];
  return db.asset.findMany({
    where: { organizationId: principal.organizationId, id: { in: wanted }, ...(mine ? { ownerId: principal.userId } : {}) },
    select: select(principal),
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}
