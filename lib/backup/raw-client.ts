import pg from "pg";
import { SESSION_SETTINGS } from "./catalog";

/**
 * For the rows themselves: every value arrives as PostgreSQL's own text form, nothing parsed into
 * JavaScript (no lost microseconds, no float rounding, bytea as hex), so the restore casts it back exactly.
 */
export const RAW_TYPES = { getTypeParser: () => (value: string) => value } as unknown as pg.CustomTypesConfig;

export async function connectForBackup(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(SESSION_SETTINGS);
  return client;
}
