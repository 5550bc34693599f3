import "server-only";
import type { OptionsAnswer } from "../api/options";
import { authorize, scopeOf } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { forbidden } from "../errors";
import type { RecordOptionsQuery } from "./options-schema";
import { RECORD_TYPES, type RecordTypeSpec } from "./registry";

/**
 * The picker for a record of any type (maturity evidence): only for readers of every record of
 * that type, so it never lists a title the reader may not open.
 */
export async function recordOptions(principal: Principal, query: RecordOptionsQuery): Promise<OptionsAnswer> {
  const spec: RecordTypeSpec = RECORD_TYPES[query.type];
  authorize(principal, spec.read);
  if (scopeOf(principal, spec.read) !== "all" || !spec.search) throw forbidden();
  const rows = await spec.search(db, principal.organizationId, query.q, query.take);
  return { items: rows.map((row) => ({ id: row.id, name: row.title })) };
}
