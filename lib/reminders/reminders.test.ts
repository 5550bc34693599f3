import type PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as mailLog } from "@/app/api/v1/mail-log/route";
import { db } from "../db/client";
import { enqueueWith, QUEUES, startJobs, stopJobs } from "../jobs/boss";
import { deliverMail } from "../mail/send";
import { createOrgWithRoles, createPrincipal } from "@/test/factories";
import { callRoute } from "@/test/http";
import { eventually, startSmtpServer } from "@/test/smtp";
import { runDigest } from "./digest";
import { runReminderPass, type Enqueue } from "./pass";

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
const DAY = 24 * 60 * 60 * 1000;
const now = new Date();

// Sends at once, as the mail-send job does; for tests that are not about the queue.
const sendNow: Enqueue = async (ids) => {
  for (const id of ids) await deliverMail(id);
};

async function overdueAction(organizationId: string, ownerId: string, title = `Åtgärd ${Math.random().toString(36).slice(2, 8)}`) {
  return db.action.create({ data: { organizationId, ownerId, title, dueAt: new Date(now.getTime() - DAY), status: "planned" } });
}

const prefer = (userId: string, organizationId: string, kind: string, frequency: "immediately" | "daily" | "weekly" | "off") =>
  db.notificationPreference.create({ data: { userId, organizationId, kind, frequency } });

beforeAll(async () => {
  smtp = await startSmtpServer();
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = "ISMS <isms@test.se>";
  process.env.ISMS_BASE_URL = "https://isms.example.se";
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.close();
});

describe("reminders by e-mail", () => {
  it("an overdue action gives exactly one mail to its owner when two instances run the pass at once", async () => {
    const { organization, informationOwner: owner, management: second } = await createOrgWithRoles();
    await prefer(owner.userId, organization.id, "action_due", "immediately");
    await prefer(second.userId, organization.id, "action_due", "immediately");
    const action = await overdueAction(organization.id, owner.userId);
    const url = process.env.DATABASE_URL!;
    // Two app instances; both install the schedules, as every instance of the app server does.
    const instance = () => startJobs({ connectionString: url, pollingIntervalSeconds: 0.5 });
    const bosses: PgBoss[] = await Promise.all([instance(), instance()]);
    try {
      expect((await bosses[0].getSchedules()).map((s) => [s.name, s.cron]).sort()).toEqual([
        [QUEUES.daily, "0 7 * * *"],
        [QUEUES.pass, "*/5 * * * *"],
        [QUEUES.weekly, "0 7 * * 1"],
      ]);
      const queued = await Promise.all(bosses.map((boss) => runReminderPass(now, enqueueWith(boss))));
      expect(queued.reduce((a, b) => a + b, 0)).toBe(1);
      await eventually(async () => smtp.to(owner.email).length > 0 && (await bosses[0].getQueueSize(QUEUES.send)) === 0);
      // Passes that run later find the delivery recorded and send nothing more.
      expect(await runReminderPass(now, enqueueWith(bosses[1]))).toBe(0);
      // The scheduled pass is a job too: run by both instances' workers, it still mails a new owner once.
      await overdueAction(organization.id, second.userId, "Via jobbkön");
      const passJobs = await Promise.all(bosses.map((boss) => boss.send(QUEUES.pass, {})));
      const done = async (id: string | null) => (await bosses[0].getJobById(QUEUES.pass, id!, { includeArchive: true }))?.state === "completed";
      await eventually(async () => (await Promise.all(passJobs.map(done))).every(Boolean) && (await bosses[0].getQueueSize(QUEUES.send)) === 0 && smtp.to(second.email).length > 0);
    } finally {
      await Promise.all(bosses.map(stopJobs));
    }
    const mails = smtp.to(owner.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toContain(action.title);
    expect(mails[0].subject).toMatch(/^Påminnelse: Åtgärd/);
    expect(mails[0].text).toContain(`https://isms.example.se/atgarder/${action.id}`);
    expect(mails[0].html).toContain(`href="https://isms.example.se/atgarder/${action.id}"`);
    expect(smtp.to(second.email)).toHaveLength(1);
    const log = await db.mailMessage.findMany({ where: { organizationId: organization.id, toEmail: owner.email } });
    expect(log.map((m) => [m.status, m.attempts])).toEqual([["sent", 1]]);
  }, 60_000);

  it("writes to the owner in their own language", async () => {
    const { organization, management: owner } = await createOrgWithRoles();
    await db.user.update({ where: { id: owner.userId }, data: { locale: "en" } });
    await prefer(owner.userId, organization.id, "action_due", "immediately");
    await overdueAction(organization.id, owner.userId, "Patch the firewall");
    await runReminderPass(now, sendNow);
    const [mail] = smtp.to(owner.email);
    expect(mail.subject).toBe("Reminder: Action – Patch the firewall");
    expect(mail.text).toContain("is overdue");
  });

  it("a digest user gets one digest listing every due thing, even when two digests run at once", async () => {
    const { organization, informationOwner: owner } = await createOrgWithRoles();
    const [a, b] = [await overdueAction(organization.id, owner.userId, "Första"), await overdueAction(organization.id, owner.userId, "Andra")];
    const settled = await overdueAction(organization.id, owner.userId, "Klar före sammanställningen");
    await runReminderPass(now, sendNow);
    expect(smtp.to(owner.email)).toHaveLength(0); // daily is the default for actions
    await db.action.update({ where: { id: settled.id }, data: { status: "done" } });
    await Promise.all([runDigest("daily", sendNow), runDigest("daily", sendNow)]);
    const mails = smtp.to(owner.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe("Sammanställning: 2 saker förfaller eller är försenade");
    expect(mails[0].text).toContain(a.title);
    expect(mails[0].text).toContain(b.title);
    expect(mails[0].text).not.toContain(settled.title);
    await runDigest("daily", sendNow);
    expect(smtp.to(owner.email)).toHaveLength(1);
  });

  it("sends nothing to a user who turned the kind off", async () => {
    const { organization, informationOwner: owner } = await createOrgWithRoles();
    await prefer(owner.userId, organization.id, "action_due", "off");
    const action = await overdueAction(organization.id, owner.userId);
    await runReminderPass(now, sendNow);
    await runDigest("daily", sendNow);
    expect(smtp.to(owner.email)).toHaveLength(0);
    expect(await db.reminderDelivery.count({ where: { recordId: action.id } })).toBe(0);
  });

  it("an obligation notice reaches the handler and every ciso at once, even one who chose off", async () => {
    const { organization, ciso, admin: handler } = await createOrgWithRoles();
    const secondCiso = await createPrincipal(organization, "ciso");
    await prefer(secondCiso.userId, organization.id, "incident_obligation", "off");
    const incident = await db.incident.create({
      data: { organizationId: organization.id, reference: "INC-1", title: "Läcka", description: "x", occurredAt: now, detectedAt: now, handlerId: handler.userId },
    });
    await db.incidentObligation.create({ data: { incidentId: incident.id, kind: "nis2_early_warning", dueAt: new Date(now.getTime() + 2 * 60 * 60 * 1000) } });
    await runReminderPass(now, sendNow);
    for (const person of [ciso, secondCiso, handler]) {
      const mails = smtp.to(person.email);
      expect(mails).toHaveLength(1);
      expect(mails[0].subject).toContain("Tidig varning till CERT-SE");
    }
  });

  it("without SMTP_URL nothing is sent: the mail is logged as skipped, and the log is for admin and ciso", async () => {
    const { organization, admin, reporter, informationOwner: owner } = await createOrgWithRoles();
    await prefer(owner.userId, organization.id, "action_due", "immediately");
    await overdueAction(organization.id, owner.userId);
    const url = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    try {
      await runReminderPass(now, sendNow);
    } finally {
      process.env.SMTP_URL = url;
    }
    expect(smtp.to(owner.email)).toHaveLength(0);
    const answer = await callRoute(mailLog, admin, { path: "/api/v1/mail-log?status=skipped" });
    expect(answer.status).toBe(200);
    expect(answer.json.items).toEqual([expect.objectContaining({ to: owner.email, status: "skipped", kind: "reminder", sentAt: null })]);
    expect((await callRoute(mailLog, reporter)).status).toBe(403);
    const other = await createOrgWithRoles();
    expect((await callRoute(mailLog, other.admin)).json.items.map((m: { to: string }) => m.to)).not.toContain(owner.email);
  });

  it("a mail whose send job was lost (the instance stopped) is queued again by a later pass and sent once", async () => {
    const { organization, informationOwner: owner } = await createOrgWithRoles();
    await prefer(owner.userId, organization.id, "action_due", "immediately");
    await overdueAction(organization.id, owner.userId);
    await runReminderPass(now, async () => {}); // composed, never queued
    expect(smtp.to(owner.email)).toHaveLength(0);
    await runReminderPass(now, sendNow); // too soon to call it lost
    expect(smtp.to(owner.email)).toHaveLength(0);
    const later = new Date(Date.now() + 20 * 60 * 1000);
    await Promise.all([runReminderPass(later, sendNow), runReminderPass(later, sendNow)]);
    expect(smtp.to(owner.email)).toHaveLength(1);
  });

  it("records a failed attempt and lets the job queue retry it", async () => {
    const { organization, informationOwner: owner } = await createOrgWithRoles();
    await prefer(owner.userId, organization.id, "action_due", "immediately");
    await overdueAction(organization.id, owner.userId);
    const url = process.env.SMTP_URL;
    process.env.SMTP_URL = "smtp://127.0.0.1:1"; // nothing listens there
    const ids: string[] = [];
    try {
      await runReminderPass(now, async (mailIds) => void ids.push(...mailIds));
      await expect(deliverMail(ids[0])).rejects.toThrow();
    } finally {
      process.env.SMTP_URL = url;
    }
    expect(await db.mailMessage.findUniqueOrThrow({ where: { id: ids[0] } })).toMatchObject({ status: "failed", attempts: 1, lastError: expect.any(String) });
    await deliverMail(ids[0]); // the retry
    expect(await db.mailMessage.findUniqueOrThrow({ where: { id: ids[0] } })).toMatchObject({ status: "sent", attempts: 2, lastError: null });
    expect(smtp.to(owner.email)).toHaveLength(1);
  });
});
