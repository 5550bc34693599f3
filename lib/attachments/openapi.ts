import { defineRoute, idParams } from "../api/route";
import { attachmentListQuerySchema, attachmentListSchema, attachmentTargetSchema } from "./schema";

const tag = "Filer och bevis";
const base = "/api/v1/attachments";
const item = `${base}/{id}` as const;

// The record a file belongs to decides who may see or add it (its type's read and write permissions,
// lib/records/registry.ts); the routes' own permission only admits signed-in users.
export const attachmentRoutes = {
  list: defineRoute({
    method: "GET",
    path: base,
    tag,
    summary: "Lista en posts filer (entity = posttyp, t.ex. asset; entityId = postens id)",
    permission: "attachments.read",
    query: attachmentListQuerySchema,
    response: attachmentListSchema,
  }),
  upload: defineRoute({
    method: "POST",
    path: base,
    tag,
    summary: "Ladda upp filer till en post (multipart: entity och entityId först, sedan en eller flera file; filtypen kontrolleras från innehållet; 413 över gränsen)",
    permission: "attachments.write",
    upload: true,
    uploadFields: attachmentTargetSchema,
    response: attachmentListSchema,
    status: 201,
  }),
  content: defineRoute({
    method: "GET",
    path: `${item}/content`,
    tag,
    summary: "Ladda ner en fil (som bilaga, med X-Content-Type-Options: nosniff)",
    permission: "attachments.read",
    params: idParams,
    file: true,
    // Whatever the allow-list admits; the stored type, detected from the content, is sent.
    fileTypes: ["application/octet-stream"],
  }),
  remove: defineRoute({
    method: "DELETE",
    path: item,
    tag,
    summary: "Ta bort en fil (ändringsloggen behåller namn, storlek och kontrollsumma)",
    permission: "attachments.write",
    params: idParams,
    status: 204,
  }),
};
