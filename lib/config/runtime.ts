import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";

/** Where the embedded database and generated secrets live (ISMS_DATA_DIR, default ./.data). */
export function dataDir(): string {
  return path.resolve(process.env.ISMS_DATA_DIR ?? ".data");
}

export function embeddedPgPort(): number {
  return Number(process.env.ISMS_PG_PORT ?? 54329);
}

interface LocalSecrets {
  pgPassword: string;
  nextauthSecret: string;
}

/** Secrets for the embedded mode, generated once and kept in the data folder. */
export function localSecrets(): LocalSecrets {
  const dir = dataDir();
  const file = path.join(dir, "secrets.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as LocalSecrets;
  mkdirSync(dir, { recursive: true });
  const secrets: LocalSecrets = {
    pgPassword: randomBytes(18).toString("base64url"),
    nextauthSecret: randomBytes(32).toString("base64url"),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
