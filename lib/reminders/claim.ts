import "server-only";
import { db } from "../db/client";
import type { ComposedMail, MailItem } from "./compose";
import type { MailRecipient } from "./recipients";

/**
 * Composes one mail for deliveries nobody has mailed yet. The deliveries are claimed (mailId set
 * where it is still null) in the mail's own transaction, so when two instances try at once, the
 * second finds them claimed and writes nothing; a pass that crashed before this step is picked up
 * by the next one.
 */
export async function claimMail(
  organizationId: string,
  to: MailRecipient,
  deliveryIds: string[],
  kind: "reminder" | "digest",
  compose: (items: MailItem[]) => ComposedMail,
): Promise<string | null> {
  return db.$transaction(async (tx) => {
    const mail = await tx.mailMessage.create({ data: { organizationId, toEmail: to.email, toUserId: to.userId, kind, subject: "", text: "", html: "" } });
    const claimed = await tx.reminderDelivery.updateMany({ where: { id: { in: deliveryIds }, mailId: null }, data: { mailId: mail.id } });
    if (!claimed.count) {
      await tx.mailMessage.delete({ where: { id: mail.id } });
      return null;
    }
    const items = await tx.reminderDelivery.findMany({ where: { mailId: mail.id }, orderBy: { dueAt: "asc" } });
    await tx.mailMessage.update({ where: { id: mail.id }, data: compose(items) });
    return mail.id;
  });
}
