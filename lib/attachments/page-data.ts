import "server-only";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { AppError } from "../errors";
import { maxAttachmentBytes } from "./limits";
import { listAttachments } from "./queries";
import { authorizeFiles, fileTarget } from "./records";
import type { AttachmentView } from "./schema";

/** What components/attachments/FilesPanel needs, loaded on the server for a record page. */
export interface FilesPanelData {
  entity: string;
  entityId: string;
  canWrite: boolean;
  initialItems: AttachmentView[];
  maxBytes: number;
}

/**
 * The files panel of a record page: `<FilesPanel {...data} />`, or nothing (null) when the user may
 * not see the record's files. Pages of every register use this one call.
 */
export async function filesPanelData(principal: Principal, entity: string, entityId: string): Promise<FilesPanelData | null> {
  let items: AttachmentView[];
  try {
    items = (await listAttachments(principal, { entity, entityId })).items;
  } catch (error) {
    if (error instanceof AppError && error.status === 403) return null;
    throw error;
  }
  const canWrite = await authorizeFiles(db, principal, fileTarget(entity), entityId, "write").then(
    () => true,
    () => false,
  );
  return { entity, entityId, canWrite, initialItems: items, maxBytes: maxAttachmentBytes() };
}
