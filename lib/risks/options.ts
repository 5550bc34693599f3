import "server-only";
import { containsText, type OptionsAnswer, type OptionsQuery } from "../api/options";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { riskScope } from "./queries";
import type { RiskOption } from "./schema";

const select = { id: true, title: true, identifiedAt: true } as const;
const toOption = (row: { id: string; title: string; identifiedAt: Date }): RiskOption => ({ id: row.id, name: row.title, identifiedAt: row.identifiedAt.toISOString().slice(0, 10) });

/** The server-searched risk picker: risks the user may read whose title matches `q`. */
export async function riskOptions(principal: Principal, query: OptionsQuery): Promise<OptionsAnswer<RiskOption>> {
  const rows = await db.risk.findMany({
    where: { AND: [riskScope(principal), { title: containsText(query.q) }] },
    select,
    orderBy: [{ title: "asc" }, { id: "asc" }],
    take: query.take,
  });
  return { items: rows.map(toOption) };
}

