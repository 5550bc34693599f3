import { conflict, notFound } from "../errors";
import type { Principal } from "../authz/roles";
import { recordAudit } from "../audit/trail";
import { db, type Tx } from "./client";

interface Versioned {
  id: string;
  organizationId: string;
  version: number;
}

function isRecordNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2025";
}

/** Creates a record and its audit event in one transaction. */
export async function createAudited<T extends { id: string }>(
  principal: Principal,
  entity: string,
  create: (tx: Tx) => Promise<T>,
): Promise<T> {
  return db.$transaction(async (tx) => {
    const created = await create(tx);
    await recordAudit(tx, principal, { entity, entityId: created.id, action: "create", after: created });
    return created;
  });
}

/**
 * Loads, checks, updates and audits in one transaction. The update must filter on
 * `{ id, version }` and increment `version`, so a concurrent change is a 409, never a lost update.
 */
export async function updateAudited<Before extends Versioned, After extends { id: string }>(
  principal: Principal,
  entity: string,
  args: {
    version: number;
    load: (tx: Tx) => Promise<Before | null>;
    check: (before: Before) => void | Promise<void>;
    update: (tx: Tx, before: Before) => Promise<After>;
    action?: string;
    /** What the change does not store on the record but the trail must keep (a decision's motivation). */
    details?: Record<string, unknown>;
  },
): Promise<After> {
  return db.$transaction(async (tx) => {
    const before = await args.load(tx);
    if (!before) throw notFound();
    await args.check(before);
    if (before.version !== args.version) throw conflict();
    let after: After;
    try {
      after = await args.update(tx, before);
    } catch (error) {
      if (isRecordNotFound(error)) throw conflict();
      throw error;
    }
    await recordAudit(tx, principal, { entity, entityId: before.id, action: args.action ?? "update", before, after: args.details ? { ...after, ...args.details } : after });
    return after;
  });
}

/**
 * Deletes after a check, auditing the record as it was. Of two concurrent deletes, the second
 * loads the row before the first commits and then finds nothing to delete: that is a 404.
 */
export async function deleteAudited<Before extends { id: string; organizationId: string }>(
  principal: Principal,
  entity: string,
  args: { load: (tx: Tx) => Promise<Before | null>; check: (before: Before) => void; remove: (tx: Tx, before: Before) => Promise<unknown> },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await args.load(tx);
    if (!before) throw notFound();
    args.check(before);
    try {
      await args.remove(tx, before);
    } catch (error) {
      if (isRecordNotFound(error)) throw notFound();
      throw error;
    }
    await recordAudit(tx, principal, { entity, entityId: before.id, action: "delete", before });
  });
}

/** `where` for an update that must not overwrite a newer version. */
export const versionedWhere = (id: string, version: number) => ({ id, version });
export const nextVersion = { version: { increment: 1 } } as const;
