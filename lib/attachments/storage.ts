import "server-only";
import type { Tx } from "../db/client";
import { dbStorage } from "./storage-db";
import { s3Configured, s3Storage } from "./storage-s3";

export type StorageKind = "db" | "s3";

/** What a backend needs to know of a stored file. */
export interface StoredFile {
  id: string;
  organizationId: string;
  storage: string;
  storageKey: string | null;
}

/**
 * Where file contents live. The metadata row (Attachment) is always in PostgreSQL, written in the
 * same transaction as the audit event; only the bytes move.
 */
export interface AttachmentStorage {
  readonly kind: StorageKind;
  /** Keeps the bytes: in the caller's transaction (db) or in the bucket (s3). Returns the object key, if any. */
  save(tx: Tx, file: { id: string; organizationId: string; bytes: Uint8Array<ArrayBuffer>; contentType: string }): Promise<string | null>;
  /** The bytes as a stream, read a piece at a time. */
  open(file: StoredFile): Promise<ReadableStream<Uint8Array>>;
  /** After the row is deleted (and committed): the db's pieces went with it; s3 removes the object. */
  discard(file: StoredFile): Promise<void>;
}

/** Where new files go: the object store when `ATTACHMENTS_S3_BUCKET` is set, else PostgreSQL. */
export const uploadStorage = (): AttachmentStorage => (s3Configured() ? s3Storage : dbStorage);

/** Where an existing file is: the backend it was stored with, whatever is configured now. */
export const storageOf = (file: StoredFile): AttachmentStorage => (file.storage === "s3" ? s3Storage : dbStorage);
