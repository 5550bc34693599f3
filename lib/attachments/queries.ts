import "server-only";
import type { Principal } from "../authz/roles";
import { db, type Prisma } from "../db/client";
import { notFound } from "../errors";
import { authorizeFiles, fileTarget } from "./records";
import type { AttachmentList, AttachmentTarget, AttachmentView } from "./schema";

export const attachmentSelect = {
  id: true,
  organizationId: true,
  entity: true,
  entityId: true,
  name: true,
  size: true,
  sha256: true,
  contentType: true,
  storage: true,
  storageKey: true,
  createdAt: true,
} satisfies Prisma.AttachmentSelect;
export type AttachmentRow = Prisma.AttachmentGetPayload<{ select: typeof attachmentSelect }>;

export const toAttachmentView = (row: AttachmentRow): AttachmentView => ({
  id: row.id,
  name: row.name,
  size: row.size,
  sha256: row.sha256,
  contentType: row.contentType,
  createdAt: row.createdAt.toISOString(),
});

/** The files of one record, newest first, for whoever may read the record. */
export async function listAttachments(principal: Principal, query: AttachmentTarget): Promise<AttachmentList> {
  const target = fileTarget(query.entity);
  await authorizeFiles(db, principal, target, query.entityId, "read");
  const rows = await db.attachment.findMany({
    where: { organizationId: principal.organizationId, entity: target.type, entityId: query.entityId },
    select: attachmentSelect,
    orderBy: [{ createdAt: "desc" }, { name: "asc" }],
  });
  return { items: rows.map(toAttachmentView) };
}

/** One file of the caller's organisation, after the check against the record it belongs to. */
export async function getAttachment(principal: Principal, id: string, mode: "read" | "write" = "read"): Promise<AttachmentRow> {
  const row = await db.attachment.findFirst({ where: { id, organizationId: principal.organizationId }, select: attachmentSelect });
  if (!row) throw notFound();
  await authorizeFiles(db, principal, fileTarget(row.entity), row.entityId, mode);
  return row;
}
