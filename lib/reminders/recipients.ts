import "server-only";
import { db, type Tx } from "../db/client";
import type { WorkRecipient } from "../work/types";

export interface MailRecipient {
  email: string;
  name: string;
  locale: string;
  userId: string | null;
}

/** The delivery key of a recipient: `user:<id>` or `email:<address>`. */
export const recipientKey = (recipient: WorkRecipient): string =>
  "userId" in recipient ? `user:${recipient.userId}` : `email:${recipient.email.trim().toLowerCase()}`;

/**
 * Addresses, names and languages for delivery keys, in one query. A deactivated user gets nothing;
 * a person known only by address (training) is written to in Swedish.
 */
export async function resolveRecipients(client: Tx | typeof db, keys: string[], names: Map<string, string> = new Map()): Promise<Map<string, MailRecipient>> {
  const userIds = keys.filter((key) => key.startsWith("user:")).map((key) => key.slice(5));
  const users = userIds.length ? await client.user.findMany({ where: { id: { in: userIds }, active: true }, select: { id: true, email: true, name: true, locale: true } }) : [];
  const out = new Map<string, MailRecipient>(users.map((u) => [`user:${u.id}`, { email: u.email, name: u.name, locale: u.locale, userId: u.id }]));
  for (const key of keys.filter((k) => k.startsWith("email:"))) {
    const email = key.slice(6);
    out.set(key, { email, name: names.get(key) ?? email, locale: "sv", userId: null });
  }
  return out;
}
