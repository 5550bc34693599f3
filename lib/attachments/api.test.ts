import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DELETE as deleteRoute } from "@/app/api/v1/attachments/[id]/route";
import { GET as contentRoute } from "@/app/api/v1/attachments/[id]/content/route";
import { GET as listRoute, POST as uploadRoute } from "@/app/api/v1/attachments/route";
import { createAssetSetup, createTestAsset } from "../../test/assets-factories";
import { createOrgWithRoles } from "../../test/factories";
import { createTestIncident } from "../../test/incidents-factories";
import { callRoute, type Route } from "../../test/http";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";

const path = "/api/v1/attachments";
const PNG_1x1 = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

/** A PDF as file-type sees one: the magic header, then `size` bytes of noise. */
const pdf = (size: number) => Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(size - 16), Buffer.from("\n%%EOF\n")]);

function form(entity: string, entityId: string, files: { name: string; bytes: Uint8Array; type?: string }[]) {
  const body = new FormData();
  body.set("entity", entity);
  body.set("entityId", entityId);
  for (const file of files) body.append("file", new File([new Uint8Array(file.bytes)], file.name, { type: file.type ?? "application/pdf" }));
  return body;
}

const upload = (who: Principal, entity: string, entityId: string, files: { name: string; bytes: Uint8Array; type?: string }[]) =>
  callRoute(uploadRoute as Route, who, { path, form: form(entity, entityId, files) });
const list = (who: Principal, entity: string, entityId: string) =>
  callRoute(listRoute as Route, who, { path: `${path}?entity=${entity}&entityId=${entityId}` });
const download = (who: Principal, id: string) => callRoute(contentRoute as Route, who, { path: `${path}/${id}/content`, params: { id } });
const remove = (who: Principal, id: string) => callRoute(deleteRoute as Route, who, { method: "DELETE", path: `${path}/${id}`, params: { id } });

describe("evidence files through the API", () => {
  it("gives a 2 MB PDF back byte for byte, with the same sha256, streamed in pieces", async () => {
    const { ciso } = await createAssetSetup();
    const asset = await createTestAsset(ciso);
    const bytes = pdf(2 * 1024 * 1024);
    const sha256 = createHash("sha256").update(bytes).digest("hex");

    const created = await upload(ciso, "asset", asset.id, [{ name: "Årlig granskning.pdf", bytes, type: "application/x-msdownload" }]);
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const [file] = created.json.items;
    expect(file).toMatchObject({ name: "Årlig granskning.pdf", size: bytes.byteLength, sha256, contentType: "application/pdf" });
    expect(await db.attachmentChunk.count({ where: { attachmentId: file.id } })).toBe(4);

    const listed = await list(ciso, "asset", asset.id);
    expect(listed.json).toEqual({ items: [{ id: file.id, name: file.name, size: file.size, sha256, contentType: "application/pdf", createdAt: file.createdAt }] });

    const got = await download(ciso, file.id);
    expect(got.status).toBe(200);
    expect(got.headers.get("content-type")).toBe("application/pdf");
    expect(got.headers.get("content-length")).toBe(String(bytes.byteLength));
    expect(got.headers.get("x-content-type-options")).toBe("nosniff");
    expect(got.headers.get("content-disposition")).toBe(`attachment; filename="_rlig granskning.pdf"; filename*=UTF-8''%C3%85rlig%20granskning.pdf`);
    const back = Buffer.from(await got.response.arrayBuffer());
    expect(back.equals(bytes)).toBe(true);
    expect(createHash("sha256").update(back).digest("hex")).toBe(sha256);
  });

  it("refuses an executable named .pdf (ELF and MZ) with 400 and stores nothing", async () => {
    const { ciso } = await createAssetSetup();
    const asset = await createTestAsset(ciso);
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), randomBytes(4096)]);
    const mz = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(58), Buffer.from([0x80, 0, 0, 0]), Buffer.alloc(64), Buffer.from("PE\0\0"), randomBytes(4096)]);
    for (const bytes of [elf, mz]) {
      const refused = await upload(ciso, "asset", asset.id, [{ name: "rapport.pdf", bytes }]);
      expect(refused.status).toBe(400);
      expect(refused.json.error).toMatchObject({ code: "attachment_type_refused", params: { name: "rapport.pdf" } });
    }
    // One bad file among good ones: all or nothing.
    const mixed = await upload(ciso, "asset", asset.id, [{ name: "ok.pdf", bytes: pdf(2048) }, { name: "rapport.pdf", bytes: elf }]);
    expect(mixed.status).toBe(400);
    expect(await db.attachment.count({ where: { entityId: asset.id } })).toBe(0);
  });

  it("answers 404 to another organisation for list, upload, download and delete", async () => {
    const { ciso } = await createAssetSetup();
    const other = await createOrgWithRoles();
    const asset = await createTestAsset(ciso);
    const { json } = await upload(ciso, "asset", asset.id, [{ name: "a.pdf", bytes: pdf(4096) }]);
    const id = json.items[0].id;
    expect((await list(other.ciso, "asset", asset.id)).status).toBe(404);
    expect((await upload(other.ciso, "asset", asset.id, [{ name: "b.pdf", bytes: pdf(4096) }])).status).toBe(404);
    expect((await download(other.ciso, id)).status).toBe(404);
    expect((await remove(other.ciso, id)).status).toBe(404);
    expect(await db.attachment.count({ where: { id } })).toBe(1);
  });

  it("follows the record: a reporter may not list an asset's files, an information owner adds to their own asset only", async () => {
    const { ciso, reporter, informationOwner } = await createAssetSetup();
    const own = await createTestAsset(ciso, { ownerId: informationOwner.userId });
    const others = await createTestAsset(ciso);
    expect((await list(reporter, "asset", own.id)).status).toBe(403);
    expect((await upload(informationOwner, "asset", own.id, [{ name: "a.pdf", bytes: pdf(4096) }])).status).toBe(201);
    expect((await upload(informationOwner, "asset", others.id, [{ name: "a.pdf", bytes: pdf(4096) }])).status).toBe(403);
    expect((await list(informationOwner, "asset", others.id)).status).toBe(200);
  });

  it("on an incident: the handler adds several files at once; the reporter, who sees only their report, neither reads nor adds them", async () => {
    const { ciso, reporter } = await createAssetSetup();
    const incident = await createTestIncident(reporter);
    const added = await upload(ciso, "incident", incident.id, [
      { name: "logg.txt", bytes: Buffer.from("08:14 larm\n"), type: "text/plain" },
      { name: "skärmbild.png", bytes: PNG_1x1 },
    ]);
    expect(added.status).toBe(201);
    expect(added.json.items.map((file: { contentType: string }) => file.contentType).sort()).toEqual(["image/png", "text/plain; charset=utf-8"]);
    expect((await list(ciso, "incident", incident.id)).json.items).toHaveLength(2);
    const log = added.json.items.find((file: { name: string }) => file.name === "logg.txt");
    expect(await (await download(ciso, log.id)).response.text()).toBe("08:14 larm\n");
    // The files are the handling's evidence: a reporter reads what they sent, not the handling.
    expect((await list(reporter, "incident", incident.id)).status).toBe(403);
    expect((await download(reporter, log.id)).status).toBe(403);
    expect((await upload(reporter, "incident", incident.id, [{ name: "mer.pdf", bytes: pdf(4096) }])).status).toBe(403);
    expect((await remove(reporter, added.json.items[0].id)).status).toBe(403);
  });

  it("answers 413 for a file over the limit (ISMS_ATTACHMENT_MAX_BYTES)", async () => {
    const { ciso } = await createAssetSetup();
    const asset = await createTestAsset(ciso);
    process.env.ISMS_ATTACHMENT_MAX_BYTES = String(1024 * 1024);
    try {
      const tooLarge = await upload(ciso, "asset", asset.id, [{ name: "stor.pdf", bytes: pdf(1024 * 1024 + 1) }]);
      expect(tooLarge.status).toBe(413);
      expect(tooLarge.json.error).toMatchObject({ code: "attachment_too_large", params: { name: "stor.pdf", maxMb: 1 } });
      expect((await upload(ciso, "asset", asset.id, [{ name: "lagom.pdf", bytes: pdf(1024 * 1024) }])).status).toBe(201);
    } finally {
      delete process.env.ISMS_ATTACHMENT_MAX_BYTES;
    }
  });

  it("keeps name, size and checksum in the audit trail when a file is deleted", async () => {
    const { ciso } = await createAssetSetup();
    const asset = await createTestAsset(ciso);
    const { json } = await upload(ciso, "asset", asset.id, [{ name: "beslut.pdf", bytes: pdf(8192) }]);
    const file = json.items[0];
    expect((await remove(ciso, file.id)).status).toBe(204);
    expect(await db.attachmentChunk.count({ where: { attachmentId: file.id } })).toBe(0);
    expect((await download(ciso, file.id)).status).toBe(404);
    const event = await db.auditEvent.findFirst({ where: { entity: "attachment", entityId: file.id, action: "delete" } });
    expect(event?.before).toMatchObject({ name: "beslut.pdf", size: 8192, sha256: file.sha256, entity: "asset", entityId: asset.id });
  });

  it("refuses an unknown record type, or one that takes no files, with 400 naming the field", async () => {
    const { ciso } = await createAssetSetup();
    const asset = await createTestAsset(ciso);
    for (const entity of ["spaceship", "user", "__proto__"]) {
      const refused = await upload(ciso, entity, asset.id, [{ name: "a.pdf", bytes: pdf(4096) }]);
      expect(refused.status, entity).toBe(400);
      expect(refused.json.error.fields, entity).toHaveProperty("entity");
      expect((await list(ciso, entity, asset.id)).status, entity).toBe(400);
    }
    // The fields must come before the files: the check on the record is made before the files are read.
    const late = new FormData();
    late.append("file", new File([pdf(4096)], "a.pdf"));
    late.set("entity", "asset");
    late.set("entityId", asset.id);
    const refused = await callRoute(uploadRoute as Route, ciso, { path, form: late });
    expect(refused.status).toBe(400);
    expect(refused.json.error.fields).toHaveProperty("entity");
    const extra = form("asset", asset.id, [{ name: "a.pdf", bytes: pdf(4096) }]);
    extra.set("contentType", "application/pdf");
    const unknown = await callRoute(uploadRoute as Route, ciso, { path, form: extra });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.fields).toHaveProperty("contentType");
  });
});
