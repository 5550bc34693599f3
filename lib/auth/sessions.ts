import "server-only";
import { db, type Tx } from "../db/client";

/**
 * Ends every session of the account: sessions are signed cookies that carry the account's
 * session version, and one with an older version is refused (lib/auth/principal.ts).
 */
export async function endSessions(tx: Pick<Tx, "user">, userId: string): Promise<void> {
  await tx.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

export async function currentSessionVersion(userId: string): Promise<number> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  return user?.sessionVersion ?? 0;
}

/** A session is valid while it carries the account's current version (none counts as 0: issued before versions). */
export function sessionIsCurrent(sessionVersion: unknown, accountVersion: number): boolean {
  return (typeof sessionVersion === "number" ? sessionVersion : 0) === accountVersion;
}
