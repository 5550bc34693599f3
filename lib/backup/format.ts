import { createReadStream } from "node:fs";
import { StringDecoder } from "node:string_decoder";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import { z } from "../validation/zod";

// A backup is gzip'd JSON lines: the header, then per table one `{"table","columns"}` line and
// one JSON array per row (every value as PostgreSQL's text form, or null), then `{"end":true}`.

export const FORMAT = "isms-backup";
export const FORMAT_VERSION = 1;

export const headerSchema = z.strictObject({
  format: z.literal(FORMAT),
  version: z.literal(FORMAT_VERSION),
  createdAt: z.string(),
  migrations: z.array(z.string()),
  tables: z.record(z.string(), z.number().int().nonnegative()),
});
export type BackupHeader = z.infer<typeof headerSchema>;

export const tableLineSchema = z.strictObject({ table: z.string(), columns: z.array(z.string()).min(1) });
export const rowSchema = z.array(z.string().nullable());

/** The first line, or undefined when it is not a header this version reads. */
export function parseHeader(line: string | undefined): BackupHeader | undefined {
  try {
    const parsed = headerSchema.safeParse(JSON.parse(line ?? ""));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export type BackupLine = { kind: "table"; table: string; columns: string[] } | { kind: "row"; values: (string | null)[] } | { kind: "end" };

export function parseLine(line: string): BackupLine {
  const value: unknown = JSON.parse(line);
  if (Array.isArray(value)) return { kind: "row", values: rowSchema.parse(value) };
  if (typeof value === "object" && value !== null && "end" in value) return { kind: "end" };
  return { kind: "table", ...tableLineSchema.parse(value) };
}

async function* splitLines(source: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  let pending = "";
  for await (const chunk of source) {
    pending += decoder.write(chunk);
    let newline: number;
    while ((newline = pending.indexOf("\n")) >= 0) {
      yield pending.slice(0, newline);
      pending = pending.slice(newline + 1);
    }
  }
  pending += decoder.end();
  if (pending) yield pending;
}

/** Streams the file's lines to `consume`; a damaged or non-gzip file is a one-line error. */
export async function readBackup(file: string, consume: (lines: AsyncIterator<string>) => Promise<void>): Promise<void> {
  try {
    await pipeline(createReadStream(file), createGunzip(), async (source: AsyncIterable<Buffer>) => consume(splitLines(source)));
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ENOENT") throw new Error(`filen ${file} finns inte`);
    if (code?.startsWith("Z_") || code === "ERR_PADDING_1") throw new Error(`${file} är inte en läsbar säkerhetskopia (gzip: ${(error as Error).message})`);
    throw error;
  }
}
