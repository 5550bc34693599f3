import { badRequest } from "../errors";
import { RECORD_TYPES, type RecordType } from "../records/registry";
import type { Tx } from "./client";

type Ids = ReadonlyArray<string | null | undefined> | string | null | undefined;

/**
 * Checks that every referenced id belongs to the caller's organisation (never trust ids from
 * the client); a missing one is a 400 naming the field. Types come from the one registry, so a
 * type the client may send (an action's source, evidence) is one its schema took from there.
 */
export async function assertReferences(tx: Tx, organizationId: string, refs: Record<string, { type: RecordType; ids: Ids }>): Promise<void> {
  const fields: Record<string, string[]> = {};
  // One after another: the queries share the transaction's connection, which runs one query at a time.
  for (const [field, { type, ids }] of Object.entries(refs)) {
    const list = [...new Set((Array.isArray(ids) ? ids : [ids]).filter((id): id is string => !!id))];
    if (list.length === 0) continue;
    if ((await RECORD_TYPES[type].count(tx, organizationId, list)) !== list.length) fields[field] = ["Hittades inte i organisationen."];
  }
  if (Object.keys(fields).length) throw badRequest("Länkade poster finns inte.", fields);
}
