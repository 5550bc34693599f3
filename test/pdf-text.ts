import { inflateSync } from "node:zlib";

/** The content streams of a PDF, inflated where deflated. */
export function pdfStreams(bytes: Buffer): string[] {
  const raw = bytes.toString("latin1");
  return [...raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)].map((match) => {
    try {
      return inflateSync(Buffer.from(match[1], "latin1")).toString("latin1");
    } catch {
      return match[1];
    }
  });
}

/** The text drawn on the PDF's pages: react-pdf writes the standard fonts' text as hex strings in deflated streams. */
export function pdfText(bytes: Buffer): string {
  return pdfStreams(bytes)
    .map((content) => [...content.matchAll(/<([0-9a-fA-F]+)>/g)].map(([, hex]) => Buffer.from(hex, "hex").toString("latin1")).join(""))
    .join("\n");
}
