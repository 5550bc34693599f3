import "server-only";
import { db } from "../db/client";
import type { AttachmentStorage } from "./storage";

/** Pieces of 512 KB: a download holds one piece at a time, and an insert stays a modest statement. */
export const CHUNK_BYTES = 512 * 1024;
const CHUNKS_PER_INSERT = 8;

/** File contents in the AttachmentChunk table of the same PostgreSQL: the default, nothing to configure. */
export const dbStorage: AttachmentStorage = {
  kind: "db",
  async save(tx, file) {
    const chunks: { attachmentId: string; seq: number; data: Uint8Array<ArrayBuffer> }[] = [];
    for (let offset = 0, seq = 0; offset < file.bytes.byteLength; offset += CHUNK_BYTES, seq++) {
      chunks.push({ attachmentId: file.id, seq, data: file.bytes.subarray(offset, offset + CHUNK_BYTES) });
    }
    for (let i = 0; i < chunks.length; i += CHUNKS_PER_INSERT) {
      await tx.attachmentChunk.createMany({ data: chunks.slice(i, i + CHUNKS_PER_INSERT) });
    }
    return null;
  },
  async open(file) {
    let seq = 0;
    // One piece per pull: the stream asks for the next only when the client has taken the last.
    return new ReadableStream<Uint8Array>({
      async pull(controller) {
        const chunk = await db.attachmentChunk.findUnique({ where: { attachmentId_seq: { attachmentId: file.id, seq } }, select: { data: true } });
        if (!chunk) return controller.close();
        seq++;
        controller.enqueue(chunk.data);
      },
    }, { highWaterMark: 1 });
  },
  async discard() {
    // The pieces are deleted with their row (ON DELETE CASCADE), in the same transaction.
  },
};
