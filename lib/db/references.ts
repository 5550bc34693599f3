import { rolesWith } from "../authz/authorize";
import { badRequest } from "../errors";
import { RECORD_TYPES, type RecordType } from "../records/registry";
import { USER_DUTIES, type UserDuty } from "../users/duties";
import type { Tx } from "./client";

type Ids = ReadonlyArray<string | null | undefined> | string | null | undefined;

/** A reference; a user picked for a duty (risk owner…) must also have a role that can carry it. */
type Reference = { type: Exclude<RecordType, "user">; ids: Ids; duty?: never } | { type: "user"; ids: Ids; duty?: UserDuty };

const DUTY_MESSAGES: Record<UserDuty, string> = {
  asset_owner: "Personens roll kan inte äga informationstillgångar.",
  risk_owner: "Personens roll kan inte äga risker: välj någon som kan besluta om dem.",
  action_owner: "Personens roll kan inte ansvara för åtgärder.",
  incident_handler: "Personens roll kan inte handlägga incidenter.",
  auditor: "Personens roll kan inte leda revisioner.",
  finding_responsible: "Personens roll kan inte ansvara för iakttagelser.",
};

const countCarrying = (tx: Tx, organizationId: string, userIds: string[], duty: UserDuty) =>
  tx.membership.count({ where: { organizationId, userId: { in: userIds }, role: { in: rolesWith(USER_DUTIES[duty]) } } });

/**
 * Checks that every referenced id belongs to the caller's organisation (never trust ids from
 * the client); a missing one is a 400 naming the field. Types come from the one registry, so a
 * type the client may send (an action's source, evidence) is one its schema took from there.
 */
export async function assertReferences(tx: Tx, organizationId: string, refs: Record<string, Reference>): Promise<void> {
  const fields: Record<string, string[]> = {};
  // One after another: the queries share the transaction's connection, which runs one query at a time.
  for (const [field, ref] of Object.entries(refs)) {
    const list = [...new Set((Array.isArray(ref.ids) ? ref.ids : [ref.ids]).filter((id): id is string => !!id))];
    if (list.length === 0) continue;
    if ((await RECORD_TYPES[ref.type].count(tx, organizationId, list)) !== list.length) fields[field] = ["Hittades inte i organisationen."];
    else if (ref.type === "user" && ref.duty && (await countCarrying(tx, organizationId, list, ref.duty)) !== list.length) fields[field] = [DUTY_MESSAGES[ref.duty]];
  }
  if (Object.keys(fields).length) throw badRequest("Länkade poster finns inte.", fields);
}
