import type { Tx } from "../db/client";
import type { Principal } from "../authz/roles";

export type AuditAction = "create" | "update" | "delete" | string;

/** JSON-safe copy of a record (dates as ISO strings) for before/after. */
function snapshot(value: unknown): object | undefined {
  if (value === null || value === undefined) return undefined;
  return JSON.parse(JSON.stringify(value)) as object;
}

/** Appends an audit event inside the caller's transaction, so it exists exactly when the change does. */
export async function recordAudit(
  tx: Tx,
  principal: Pick<Principal, "userId" | "email" | "organizationId"> | null,
  event: { organizationId?: string; entity: string; entityId: string; action: AuditAction; before?: unknown; after?: unknown },
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      organizationId: event.organizationId ?? principal!.organizationId,
      actorId: principal?.userId ?? null,
      actorLabel: principal?.email ?? "system",
      entity: event.entity,
      entityId: event.entityId,
      action: event.action,
      before: snapshot(event.before),
      after: snapshot(event.after),
    },
  });
}
