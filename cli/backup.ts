import path from "node:path";
import { writeBackup } from "../lib/backup/dump";
import { restoreBackup } from "../lib/backup/restore";
import { requireFlag } from "./args";

type Flags = Record<string, string>;
const say = (line: string) => process.stdout.write(`${line}\n`);
const total = (tables: Record<string, number>) => Object.values(tables).reduce((sum, rows) => sum + rows, 0);

export async function backup(flags: Flags, url: string) {
  const file = path.resolve(requireFlag(flags, "out"));
  const header = await writeBackup(url, file);
  say(`Säkerhetskopia skriven till ${file}: ${total(header.tables)} rader i ${Object.keys(header.tables).length} tabeller.`);
}

export async function restore(flags: Flags, url: string) {
  const file = path.resolve(requireFlag(flags, "from"));
  const header = await restoreBackup(url, file);
  say(`Återställd från ${file} (gjord ${header.createdAt}): ${total(header.tables)} rader i ${Object.keys(header.tables).length} tabeller.`);
}
