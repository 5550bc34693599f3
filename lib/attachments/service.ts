import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { recordAudit } from "../audit/trail";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { deleteAudited } from "../db/mutation";
import { AppError, badRequest } from "../errors";
import { detectType } from "./detect";
import { maxAttachmentBytes } from "./limits";
import { readUpload, type UploadedFile } from "./multipart";
import { attachmentSelect, getAttachment, toAttachmentView, type AttachmentRow } from "./queries";
import { authorizeFiles, fileTarget } from "./records";
import { attachmentTargetSchema, type AttachmentList } from "./schema";
import { storageOf, uploadStorage, type StoredFile } from "./storage";

/** A file refused for what it contains, whatever its name says. */
export const typeRefused = (name: string) =>
  new AppError(400, "attachment_type_refused", `Filtypen för ${name} är inte tillåten.`, { file: ["Filtypen är inte tillåten."] }, { name });

interface Checked extends UploadedFile {
  id: string;
  sha256: string;
  contentType: string;
}

async function check(file: UploadedFile): Promise<Checked> {
  if (file.bytes.byteLength === 0) throw badRequest(`Filen ${file.name} är tom.`, { file: ["Filen är tom."] });
  const detected = await detectType(file.name, file.bytes);
  if (!detected) throw typeRefused(file.name);
  return { ...file, id: randomUUID(), sha256: createHash("sha256").update(file.bytes).digest("hex"), contentType: detected.contentType };
}

/**
 * POST /api/v1/attachments: every file of the request is checked (size while it streams in, type
 * from its content) before anything is written; then all are stored with their audit events in one
 * transaction — all or none.
 */
export async function uploadAttachments(principal: Principal, request: Request): Promise<AttachmentList> {
  const targetOf = (fields: Record<string, string>) => {
    const input = attachmentTargetSchema.parse({ entity: fields.entity, entityId: fields.entityId });
    return { ...input, target: fileTarget(input.entity) };
  };
  const form = await readUpload(request, maxAttachmentBytes(), async (fields) => {
    const { target, entityId } = targetOf(fields);
    await authorizeFiles(db, principal, target, entityId, "write");
  });
  const { target, entityId } = targetOf(form.fields);
  // A request without files never passed the check above.
  if (form.files.length === 0) throw badRequest("Filen saknas.", { file: ["Välj minst en fil."] });
  const files: Checked[] = [];
  for (const file of form.files) files.push(await check(file));

  const storage = uploadStorage();
  const saved: StoredFile[] = [];
  try {
    // A 25 MB file is 50 inserts of 512 KB: more than Prisma's default 5 s on a busy machine.
    const rows = await db.$transaction(
      async (tx) => {
        const created: AttachmentRow[] = [];
        for (const file of files) {
          // The row first: the database's pieces point to it.
          let row = await tx.attachment.create({
            data: {
              id: file.id,
              organizationId: principal.organizationId,
              entity: target.type,
              entityId,
              name: file.name,
              size: file.bytes.byteLength,
              sha256: file.sha256,
              contentType: file.contentType,
              storage: storage.kind,
              createdById: principal.userId,
            },
            select: attachmentSelect,
          });
          const storageKey = await storage.save(tx, { id: file.id, organizationId: principal.organizationId, bytes: file.bytes, contentType: file.contentType });
          saved.push({ id: file.id, organizationId: principal.organizationId, storage: storage.kind, storageKey });
          if (storageKey) row = await tx.attachment.update({ where: { id: row.id }, data: { storageKey }, select: attachmentSelect });
          await recordAudit(tx, principal, { entity: "attachment", entityId: row.id, action: "create", after: auditShape(row) });
          created.push(row);
        }
        return created;
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
    return { items: rows.map(toAttachmentView) };
  } catch (error) {
    if (storage.kind === "s3") await Promise.all(saved.map((file) => storage.discard(file)));
    throw error;
  }
}

/** What the audit trail keeps of a file: enough to tell later exactly which file it was. */
const auditShape = (row: AttachmentRow) => ({
  name: row.name,
  size: row.size,
  sha256: row.sha256,
  contentType: row.contentType,
  entity: row.entity,
  entityId: row.entityId,
  storage: row.storage,
});

/** DELETE /api/v1/attachments/{id}: the row (and its pieces) go; the audit event keeps name, size and checksum. */
export async function deleteAttachment(principal: Principal, id: string): Promise<void> {
  let removed: AttachmentRow | null = null;
  await deleteAudited(principal, "attachment", {
    // The record-level check needs the record, so it is made here, inside the delete's transaction.
    load: async (tx) => {
      const row = await tx.attachment.findFirst({ where: { id, organizationId: principal.organizationId }, select: attachmentSelect });
      if (!row) return null;
      await authorizeFiles(tx, principal, fileTarget(row.entity), row.entityId, "write");
      removed = row;
      return { ...auditShape(row), id: row.id, organizationId: row.organizationId };
    },
    check: () => undefined,
    remove: (tx, before) => tx.attachment.delete({ where: { id: before.id } }),
  });
  if (removed) await storageOf(removed).discard(removed);
}

/** GET /api/v1/attachments/{id}/content: the file as a download, streamed from where it is kept. */
export async function attachmentDownload(principal: Principal, id: string): Promise<Response> {
  const row = await getAttachment(principal, id);
  const body = await storageOf(row).open(row);
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": row.contentType,
      "Content-Length": String(row.size),
      "Content-Disposition": contentDisposition(row.name),
      "X-Content-Type-Options": "nosniff",
      // A file opened in the browser's own viewer still runs nothing.
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}

/** `attachment` with an ASCII fallback and the real name per RFC 5987/6266 (`filename*=UTF-8''…`). */
export function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
