import { auditedTypeOf, type AuditedType } from "../records/audited";
import { HIDDEN_FIELDS, referenceType } from "./fields";

/** One changed field, values as stored; a reference's value is its id or ids (sorted). */
export interface RawChange {
  field: string;
  before: unknown;
  after: unknown;
  ref: AuditedType | null;
}

type Snapshot = Record<string, unknown> | null;

const asSnapshot = (value: unknown): Snapshot => (value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null);

const isEmpty = (value: unknown) => value === null || value === undefined || value === "" || value === false || (Array.isArray(value) && value.length === 0);

/**
 * The record a join-table row links to: `{ assetId, asset: {…} }` → asset, `{ incidentId, assetId }`
 * → asset (the last id names the other end). A row with fields of its own is not a link.
 */
function linkRow(value: unknown): { type: AuditedType; id: string } | null {
  const row = asSnapshot(value);
  if (!row) return null;
  let link: { type: AuditedType; id: string } | null = null;
  for (const [key, id] of Object.entries(row)) {
    const type = referenceType(key);
    if (type && typeof id === "string") link = { type, id };
    else if (!id || typeof id !== "object") return null;
  }
  return link;
}

/** A field's value with the type it points to, if any: ids of links are sorted so order is no change. */
function normalise(field: string, value: unknown, snapshot: Snapshot): { value: unknown; ref: AuditedType | null } {
  // An action's or risk's origin: the type is in the neighbouring column.
  if (field === "sourceId" && typeof snapshot?.sourceType === "string") return { value, ref: auditedTypeOf(snapshot.sourceType) };
  const ref = referenceType(field);
  if (ref) return { value: Array.isArray(value) ? [...value].sort() : value, ref };
  if (Array.isArray(value) && value.length > 0) {
    const links = value.map(linkRow);
    if (links.every((link) => link !== null)) return { value: links.map((link) => link!.id).sort(), ref: links[0]!.type };
  }
  return { value, ref: null };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The fields an event changed. A create lists what was filled in, a delete what was there; an
 * update compares the fields both snapshots carry (a snapshot may hold only what the write touched).
 */
export function rawChanges(before: unknown, after: unknown): RawChange[] {
  const [old, now] = [asSnapshot(before), asSnapshot(after)];
  const keys = [...new Set([...Object.keys(now ?? {}), ...Object.keys(old ?? {})])].filter((key) => !HIDDEN_FIELDS.has(key));
  const changes: RawChange[] = [];
  for (const field of keys) {
    if (old && now && !(Object.hasOwn(old, field) && Object.hasOwn(now, field))) continue;
    const from = normalise(field, old?.[field], old);
    const to = normalise(field, now?.[field], now);
    if (old && now ? same(from.value, to.value) : isEmpty(old ? from.value : to.value)) continue;
    changes.push({ field, before: from.value, after: to.value, ref: to.ref ?? from.ref });
  }
  return changes;
}

/** Every record id the changes point to, by type, added to `into` (for one titles query per type). */
export function collectReferences(changes: RawChange[], into: Map<AuditedType, Set<string>>): void {
  for (const change of changes) {
    if (!change.ref) continue;
    const ids = into.get(change.ref) ?? new Set<string>();
    for (const value of [change.before, change.after].flat()) if (typeof value === "string") ids.add(value);
    into.set(change.ref, ids);
  }
}
