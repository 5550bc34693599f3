import "server-only";
import { db } from "../db/client";
import { logger } from "../logger";
import { preferenceMap, defaultFrequency } from "../work/preferences";
import { collectWork } from "../work/collect";
import type { Frequency } from "../work/schema";
import { recordHref } from "../records/registry";
import type { WorkItem, WorkRecipient } from "../work/types";
import { claimMail } from "./claim";
import { composeReminder } from "./compose";
import { recipientKey, resolveRecipients } from "./recipients";

/** Hands composed mails to the sender (the `mail.send` job queue; a test may send directly). */
export type Enqueue = (mailIds: string[]) => Promise<void>;

function frequencyOf(item: WorkItem, recipient: WorkRecipient, prefs: Map<string, Frequency>): Frequency {
  if (!("userId" in recipient)) return "immediately";
  const chosen = prefs.get(`${recipient.userId}:${item.kind}`) ?? defaultFrequency(item.kind);
  // Obligation notices go to the handler and the cisos, who cannot turn them off (checked on save too,
  // but a role or a handler may have changed since the choice was made).
  return item.kind === "incident_obligation" && chosen === "off" ? "immediately" : chosen;
}

async function passForOrganization(organizationId: string, now: Date): Promise<string[]> {
  const items = (await collectWork((provider) => provider.dueItems(organizationId, now))).filter((item) => item.state !== "upcoming");
  if (!items.length) return [];
  const prefs = await preferenceMap(organizationId);
  const names = new Map<string, string>();
  const rows = items.flatMap((item) =>
    item.recipients.flatMap((recipient) => {
      const frequency = frequencyOf(item, recipient, prefs);
      if (frequency === "off") return [];
      const recipientId = recipientKey(recipient);
      if ("email" in recipient) names.set(recipientId, recipient.name);
      const href = item.href ?? recordHref(item.recordType, item.recordId) ?? "/mitt-arbete";
      const { kind, recordType, recordId, title, dueAt, state } = item;
      return [{ organizationId, kind, recordType, recordId, subKey: item.subKey ?? "", recipient: recipientId, state, title, dueAt, href, digest: frequency === "immediately" ? null : frequency }];
    }),
  );
  // The unique (kind, recordId, subKey, recipient, state) makes a second pass's insert a no-op.
  await db.reminderDelivery.createMany({ data: rows, skipDuplicates: true });
  // Every immediate delivery not yet mailed (this pass's, or one a crashed pass left) is claimed once.
  const unmailed = await db.reminderDelivery.findMany({ where: { organizationId, digest: null, mailId: null }, select: { id: true, recipient: true } });
  if (!unmailed.length) return [];
  const recipients = await resolveRecipients(db, [...new Set(unmailed.map((row) => row.recipient))], names);
  const mailIds: string[] = [];
  for (const delivery of unmailed) {
    const to = recipients.get(delivery.recipient);
    if (!to) continue;
    const id = await claimMail(organizationId, to, [delivery.id], "reminder", ([item]) => composeReminder(to.locale, to.name, item));
    if (id) mailIds.push(id);
  }
  return mailIds;
}

// A send job runs in seconds; a mail still waiting (or half-sent) after this long lost its job.
const LOST_AFTER_MS = 15 * 60 * 1000;

/**
 * Mails composed but never sent because the instance stopped between composing and queueing (or
 * mid-send) are queued again; the send job's claim keeps a mail from going out twice.
 */
async function requeueLost(now: Date, enqueue: Enqueue): Promise<number> {
  const cutoff = new Date(now.getTime() - LOST_AFTER_MS);
  await db.mailMessage.updateMany({ where: { status: "sending", updatedAt: { lt: cutoff } }, data: { status: "pending" } });
  const lost = await db.mailMessage.findMany({ where: { status: "pending", updatedAt: { lt: cutoff } }, select: { id: true }, take: 500 });
  if (lost.length) await enqueue(lost.map((mail) => mail.id));
  return lost.length;
}

/**
 * The reminder pass (scheduled every 5 minutes): asks every register what is due soon or overdue,
 * records one delivery per due state and recipient, and queues the mails of those wanting them at once.
 */
export async function runReminderPass(now: Date, enqueue: Enqueue): Promise<number> {
  let queued = await requeueLost(now, enqueue);
  const organizations = await db.organization.findMany({ select: { id: true } });
  for (const { id } of organizations) {
    try {
      const mailIds = await passForOrganization(id, now);
      if (mailIds.length) await enqueue(mailIds);
      queued += mailIds.length;
    } catch (error) {
      // One organisation's failure must not hold back the others' reminders.
      logger.error("reminders: pass failed for an organisation", { organizationId: id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return queued;
}
