import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { xlsxBuffer } from "../../test/assets-factories";
import { detectType } from "./detect";

const PNG_1x1 = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

/** A Compound File Binary header whose root storage has the class id starting `data1` (little-endian). */
function cfb(data1: number): Buffer {
  const bytes = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
  bytes.writeUInt16LE(9, 30); // 512-byte sectors
  bytes.writeUInt32LE(0, 48); // the directory starts in sector 0, right after the header
  bytes.writeUInt32LE(data1, 512 + 80);
  return bytes;
}

const type = async (name: string, bytes: Uint8Array) => (await detectType(name, bytes))?.contentType ?? null;

describe("file type from content", () => {
  it("accepts documents and images by their magic bytes, whatever their name", async () => {
    expect(await type("rapport.pdf", Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(512)]))).toBe("application/pdf");
    expect(await type("lista.bin", await xlsxBuffer([["Namn"], ["Personakter"]]))).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(await type("bild.jpg", PNG_1x1)).toBe("image/png");
  });

  it("refuses executables and archives, also when named like a document", async () => {
    expect(await type("rapport.pdf", Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), randomBytes(512)]))).toBeNull();
    expect(await type("rapport.pdf", Buffer.concat([Buffer.from("MZ"), randomBytes(512)]))).toBeNull();
    expect(await type("rapport.txt", Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08]), randomBytes(512)]))).toBeNull();
  });

  it("tells old Office files and Outlook messages by name, and refuses Windows installers", async () => {
    expect(await type("protokoll.doc", cfb(0x00020906))).toBe("application/msword");
    expect(await type("brev.msg", cfb(0x00020d0b))).toBe("application/vnd.ms-outlook");
    expect(await type("setup.exe", cfb(0x00020906))).toBeNull();
    expect(await type("protokoll.doc", cfb(0x000c1084))).toBeNull();
  });

  it("accepts text, CSV and e-mail without magic bytes only when the bytes are text", async () => {
    expect(await type("lista.csv", Buffer.from("Namn;Ägare\r\nPersonakter;Åsa\r\n"))).toBe("text/csv; charset=utf-8");
    expect(await type("lista.csv", Buffer.from("Namn;Ägare\r\n", "latin1"))).toBe("text/csv; charset=windows-1252");
    expect(await type("anteckning.md", Buffer.from("# Beslut\n"))).toBe("text/markdown; charset=utf-8");
    expect(await type("notes.txt", Buffer.from("a\u0000b"))).toBeNull();
    expect(await type("notes.pdf", Buffer.from("bara text"))).toBeNull();
    expect(await type("svar.eml", Buffer.from("From: a@b.se\r\nTo: c@d.se\r\nSubject: Svar\r\n\r\nHej\r\n"))).toBe("message/rfc822");
    expect(await type("svar.eml", Buffer.from("Hej, det här är inget brev.\n"))).toBeNull();
  });
});
