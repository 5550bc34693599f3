import "server-only";
import { listQuerySchema, paged, pageArgs, type ListResult } from "../api/list";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { z } from "../validation/zod";

export const auditEventListQuerySchema = listQuerySchema(["at"] as const).extend({
  /** The record type in singular lower case: action, asset, org_unit… */
  entity: z.string().regex(/^[a-z_]+$/).optional(),
  entityId: z.string().max(100).optional(),
});
export type AuditEventListQuery = z.output<typeof auditEventListQuerySchema>;

export interface AuditEventView {
  id: string;
  at: string;
  actorId: string | null;
  actorLabel: string | null;
  entity: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
}

type AuditRow = Awaited<ReturnType<typeof db.auditEvent.findFirstOrThrow>>;

const toView = (row: AuditRow): AuditEventView => ({
  id: row.id,
  at: row.at.toISOString(),
  actorId: row.actorId,
  actorLabel: row.actorLabel,
  entity: row.entity,
  entityId: row.entityId,
  action: row.action,
  before: row.before,
  after: row.after,
});

export async function listAuditEvents(principal: Principal, query: AuditEventListQuery): Promise<ListResult<AuditEventView>> {
  authorize(principal, "audit-events.read");
  const where = {
    organizationId: principal.organizationId,
    ...(query.entity ? { entity: query.entity } : {}),
    ...(query.entityId ? { entityId: query.entityId } : {}),
    ...(query.q ? { actorLabel: { contains: query.q, mode: "insensitive" as const } } : {}),
  };
  return paged(query, db.auditEvent.findMany({ where, ...pageArgs(query, { at: "desc" }) }), db.auditEvent.count({ where }), toView);
}
