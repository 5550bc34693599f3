import "server-only";
import type { S3Client } from "@aws-sdk/client-s3";
import { logger } from "../logger";
import type { AttachmentStorage, StoredFile } from "./storage";

/** True when an S3-compatible object store is configured (README: ATTACHMENTS_S3_*). */
export const s3Configured = () => Boolean(process.env.ATTACHMENTS_S3_BUCKET);

const bucket = () => process.env.ATTACHMENTS_S3_BUCKET!;
const keyOf = (file: Pick<StoredFile, "id" | "organizationId">) => `${process.env.ATTACHMENTS_S3_PREFIX ?? "attachments/"}${file.organizationId}/${file.id}`;

let client: Promise<{ sdk: typeof import("@aws-sdk/client-s3"); s3: S3Client }> | null = null;

/** The SDK is loaded only when a bucket is configured, so the default (PostgreSQL) never pays for it. */
function s3() {
  client ??= import("@aws-sdk/client-s3").then((sdk) => {
    const { ATTACHMENTS_S3_ENDPOINT: endpoint, ATTACHMENTS_S3_ACCESS_KEY_ID: accessKeyId, ATTACHMENTS_S3_SECRET_ACCESS_KEY: secretAccessKey } = process.env;
    const s3 = new sdk.S3Client({
      region: process.env.ATTACHMENTS_S3_REGION ?? process.env.AWS_REGION ?? "us-east-1",
      ...(endpoint ? { endpoint } : {}),
      forcePathStyle: process.env.ATTACHMENTS_S3_FORCE_PATH_STYLE === "true",
      // Without explicit keys the SDK's own chain applies (AWS_ACCESS_KEY_ID…, instance roles).
      ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
    });
    return { sdk, s3 };
  });
  return client;
}

/** File contents in an S3-compatible bucket (AWS S3, MinIO, Ceph…), one object per file. */
export const s3Storage: AttachmentStorage = {
  kind: "s3",
  async save(_tx, file) {
    const { sdk, s3: c } = await s3();
    const key = keyOf(file);
    await c.send(new sdk.PutObjectCommand({ Bucket: bucket(), Key: key, Body: file.bytes, ContentType: file.contentType, ContentLength: file.bytes.byteLength }));
    return key;
  },
  async open(file) {
    const { sdk, s3: c } = await s3();
    const answer = await c.send(new sdk.GetObjectCommand({ Bucket: bucket(), Key: file.storageKey ?? keyOf(file) }));
    if (!answer.Body) throw new Error(`attachment ${file.id}: empty object`);
    return answer.Body.transformToWebStream() as ReadableStream<Uint8Array>;
  },
  async discard(file) {
    const { sdk, s3: c } = await s3();
    try {
      await c.send(new sdk.DeleteObjectCommand({ Bucket: bucket(), Key: file.storageKey ?? keyOf(file) }));
    } catch (error) {
      // The row is gone, so nobody can reach the object any more; an operator can sweep the prefix.
      logger.error("attachments: could not delete the object", error);
    }
  },
};
