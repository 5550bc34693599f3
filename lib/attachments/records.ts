import "server-only";
import { authorize, type RecordRef } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import type { Tx } from "../db/client";
import { badRequest } from "../errors";
import { auditedTypeOf } from "../records/audited";
import { isRecordType, RECORD_TYPES, type RecordType, type RecordTypeSpec } from "../records/registry";

/** A record type that takes evidence files: registered, with a `write` permission. */
export interface FileTarget {
  type: RecordType;
  spec: RecordTypeSpec & { write: NonNullable<RecordTypeSpec["write"]> };
}

/**
 * The record type named by `entity` — the audit trail's name (`maturity_assessment`) or the
 * registry's key (`maturity`). A type that is unknown, or takes no files, is a 400 naming the field.
 */
export function fileTarget(entity: string): FileTarget {
  const type = auditedTypeOf(entity);
  const spec: RecordTypeSpec | undefined = type && isRecordType(type) ? RECORD_TYPES[type] : undefined;
  if (!type || !isRecordType(type) || !spec?.write) throw badRequest("Okänd posttyp.", { entity: ["Posttypen finns inte eller tar inte emot filer."] });
  return { type, spec: { ...spec, write: spec.write } };
}

/** The record as `authorize` needs it; null when it does not exist in the caller's organisation. */
async function recordRef(tx: Tx, target: FileTarget, organizationId: string, id: string): Promise<RecordRef | null> {
  if (target.spec.ref) return target.spec.ref(tx, id);
  return (await target.spec.count(tx, organizationId, [id])) > 0 ? { organizationId } : null;
}

/**
 * Who may see a record's files may read the record; who may add or remove them may also change it.
 * Another organisation's record (or none) is 404, a record the role may not touch 403.
 */
export async function authorizeFiles(tx: Tx, principal: Principal, target: FileTarget, entityId: string, mode: "read" | "write"): Promise<void> {
  const ref = await recordRef(tx, target, principal.organizationId, entityId);
  authorize(principal, target.spec.filesRead ?? target.spec.read, ref);
  if (mode === "write") authorize(principal, target.spec.write, ref);
}
