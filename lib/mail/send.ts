import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "../db/client";
import { logger } from "../logger";
import { mailConfig } from "./config";

let cached: { url: string; transporter: Transporter } | null = null;

function transporterFor(url: string): Transporter {
  if (cached?.url !== url) cached = { url, transporter: nodemailer.createTransport(url) };
  return cached.transporter;
}

/**
 * Sends one composed mail (the `mail-send` job). Safe to run again: a mail already sent, skipped or
 * being sent is left alone. A failure is recorded and thrown, so the job queue retries it with backoff.
 */
export async function deliverMail(id: string): Promise<void> {
  // Claimed before sending: when a lost job was queued again (lib/reminders/pass.ts), only one sends.
  const claimed = await db.mailMessage.updateMany({ where: { id, status: { in: ["pending", "failed"] } }, data: { status: "sending" } });
  if (!claimed.count) return;
  const mail = await db.mailMessage.findUniqueOrThrow({ where: { id } });
  const { smtpUrl, from } = mailConfig();
  if (!smtpUrl) {
    await db.mailMessage.update({ where: { id }, data: { status: "skipped", lastError: null } });
    return;
  }
  try {
    await transporterFor(smtpUrl).sendMail({ from, to: mail.toEmail, subject: mail.subject, text: mail.text, html: mail.html });
    const now = new Date();
    await db.$transaction([
      db.mailMessage.update({ where: { id }, data: { status: "sent", sentAt: now, attempts: { increment: 1 }, lastError: null } }),
      db.reminderDelivery.updateMany({ where: { mailId: id }, data: { sentAt: now } }),
    ]);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.mailMessage.update({ where: { id }, data: { status: "failed", attempts: { increment: 1 }, lastError: message.slice(0, 1000) } });
    logger.warn("mail: sending failed, will retry", { id, error: message });
    throw error;
  }
}
