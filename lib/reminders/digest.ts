import "server-only";
import { db } from "../db/client";
import { collectWork } from "../work/collect";
import { claimMail } from "./claim";
import { composeDigest } from "./compose";
import type { Enqueue } from "./pass";
import { resolveRecipients } from "./recipients";

type Waiting = { id: string; organizationId: string; recipient: string; kind: string; recordId: string; subKey: string };

/**
 * What was settled since the pass (an action done, a review made) is left out of the digest and its
 * delivery removed, so the thing is reminded of again only if it falls due anew.
 */
async function dropSettled(rows: Waiting[], now: Date): Promise<Waiting[]> {
  const organizations = [...new Set(rows.map((row) => row.organizationId))];
  const due = new Set<string>();
  for (const organizationId of organizations) {
    const items = await collectWork((provider) => provider.dueItems(organizationId, now));
    for (const item of items) if (item.state !== "upcoming") due.add(`${item.kind} ${item.recordId} ${item.subKey ?? ""}`);
  }
  const settled = rows.filter((row) => !due.has(`${row.kind} ${row.recordId} ${row.subKey}`));
  if (settled.length) await db.reminderDelivery.deleteMany({ where: { id: { in: settled.map((row) => row.id) }, mailId: null } });
  return rows.filter((row) => !settled.includes(row));
}

/**
 * The daily or weekly digest: one mail per recipient and organisation listing every delivery that
 * waits for this digest, then queued for sending like any other mail.
 */
export async function runDigest(frequency: "daily" | "weekly", enqueue: Enqueue, now = new Date()): Promise<number> {
  const waiting = await dropSettled(await db.reminderDelivery.findMany({ where: { digest: frequency, mailId: null }, select: { id: true, organizationId: true, recipient: true, kind: true, recordId: true, subKey: true } }), now);
  const groups = new Map<string, { organizationId: string; recipient: string; ids: string[] }>();
  for (const row of waiting) {
    const key = `${row.organizationId} ${row.recipient}`;
    const group = groups.get(key) ?? { organizationId: row.organizationId, recipient: row.recipient, ids: [] };
    group.ids.push(row.id);
    groups.set(key, group);
  }
  const recipients = await resolveRecipients(db, [...new Set(waiting.map((row) => row.recipient))]);
  const mailIds: string[] = [];
  for (const group of groups.values()) {
    const to = recipients.get(group.recipient);
    if (!to) continue;
    const id = await claimMail(group.organizationId, to, group.ids, "digest", (items) => composeDigest(to.locale, to.name, items));
    if (id) mailIds.push(id);
  }
  if (mailIds.length) await enqueue(mailIds);
  return mailIds.length;
}
