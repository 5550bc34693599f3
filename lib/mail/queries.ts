import "server-only";
import { paged, pageArgs, type ListResult } from "../api/list";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import type { MailLogQuery, MailLogView, MailStatus } from "./schema";

type MailRow = Awaited<ReturnType<typeof db.mailMessage.findFirstOrThrow>>;

export const toMailLogViews = async (rows: MailRow[]): Promise<MailLogView[]> =>
  rows.map((row) => ({
    id: row.id,
    to: row.toEmail,
    subject: row.subject,
    kind: row.kind as MailLogView["kind"],
    status: row.status as MailStatus,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
  }));

/** GET /api/v1/mail-log: the organisation's mail, newest first. */
export async function listMailLog(principal: Principal, query: MailLogQuery): Promise<ListResult<MailLogView>> {
  authorize(principal, "mail-log.read");
  const where = {
    organizationId: principal.organizationId,
    ...(query.status ? { status: query.status } : {}),
    ...(query.q ? { OR: [{ toEmail: { contains: query.q, mode: "insensitive" as const } }, { subject: { contains: query.q, mode: "insensitive" as const } }] } : {}),
  };
  const args = pageArgs(query, { createdAt: "desc" });
  return paged(query, db.mailMessage.findMany({ where, ...args }), db.mailMessage.count({ where }), toMailLogViews);
}
