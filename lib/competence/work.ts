import "server-only";
import { db } from "../db/client";
import type { WorkItem, WorkProvider, WorkRecipient } from "../work/types";
import { pairsIn, type PairRow } from "./coverage";
import { dueSoonLimit } from "./rules";

const DAY = 86_400_000;
/** Enough for the weekly digest of a large organisation; beyond it the overdue list is the place to look. */
const MAX_ITEMS = 50_000;

/** A person linked to a user is reminded as that user; otherwise at their e-mail address; else nobody. */
function recipientOf(row: PairRow): WorkRecipient[] {
  if (row.userId) return [{ userId: row.userId }];
  if (row.email) return [{ email: row.email, name: row.name }];
  return [];
}

function toItem(row: PairRow, now: Date): WorkItem {
  return {
    kind: "training_due",
    recordType: "training",
    recordId: row.training_id,
    subKey: row.person_id,
    title: `${row.title} – ${row.name}`,
    dueAt: row.due!,
    state: row.due! <= now ? "overdue" : row.due! < dueSoonLimit(now) ? "due_soon" : "upcoming",
    href: `/kompetens/personer/${row.person_id}`,
    recipients: recipientOf(row),
  };
}

/**
 * Mandatory trainings of active trainings (paused ones set no due date) due within 30 days or
 * overdue, one item per person and training, from the same grouped query as the coverage page.
 */
export const trainingWork: WorkProvider = {
  kinds: ["training_due"],
  async dueItems(organizationId, now) {
    const rows = await pairsIn(organizationId, now, ["current", "due_soon", "overdue", "never"], { take: MAX_ITEMS, dueBefore: dueSoonLimit(now) });
    return rows.map((row) => toItem(row, now)).filter((item) => item.recipients.length > 0);
  },
  async forUser(organizationId, userId, now) {
    const user = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
    const people = await db.person.findMany({ where: { organizationId, OR: [{ userId }, ...(user ? [{ email: user.email.toLowerCase() }] : [])] }, select: { id: true } });
    if (people.length === 0) return [];
    // Everything with a due date, `upcoming` included, for "Mitt arbete".
    const rows = await pairsIn(organizationId, now, ["current", "due_soon", "overdue", "never"], { personIds: people.map((person) => person.id), take: MAX_ITEMS, dueBefore: new Date(now.getTime() + 3650 * DAY) });
    return rows.map((row) => ({ ...toItem(row, now), recipients: [{ userId }] }));
  },
};
