import "server-only";
import PgBoss from "pg-boss";
import { TIME_ZONE } from "../dates";
import { logger } from "../logger";
import { deliverMail } from "../mail/send";
import { runDigest } from "../reminders/digest";
import { runReminderPass, type Enqueue } from "../reminders/pass";

/** pg-boss keeps its tables in a schema of its own, created by pg-boss at start (not a Prisma migration). */
export const JOBS_SCHEMA = "pgboss";

export const QUEUES = { pass: "reminders-pass", daily: "reminders-daily", weekly: "reminders-weekly", send: "mail-send" } as const;

// A mail that cannot be sent is retried with growing pauses (30 s, 1 min, 2 min…) for about two hours.
const SEND_RETRY = { retryLimit: 8, retryDelay: 30, retryBackoff: true } as const;

export interface JobsOptions {
  connectionString: string;
  /** Install the cron schedules (the app server does; a test runs passes itself). */
  schedule?: boolean;
  pollingIntervalSeconds?: number;
}

/** Queues each composed mail as a `mail-send` job, so sending survives restarts and retries on failure. */
export const enqueueWith =
  (boss: PgBoss): Enqueue =>
  async (mailIds) => {
    if (mailIds.length) await boss.insert(mailIds.map((mailId) => ({ name: QUEUES.send, data: { mailId }, ...SEND_RETRY })));
  };

/**
 * Creates the queues (a no-op when they exist). Two instances starting together on a fresh database
 * can deadlock in pg-boss's create_queue; PostgreSQL aborts one of them, which then simply tries again.
 */
async function createQueues(boss: PgBoss): Promise<void> {
  const queues: PgBoss.Queue[] = [
    { name: QUEUES.pass, expireInSeconds: 240 },
    { name: QUEUES.daily },
    { name: QUEUES.weekly },
    { name: QUEUES.send, ...SEND_RETRY },
  ];
  for (const queue of queues) {
    for (let attempt = 1; ; attempt++) {
      try {
        await boss.createQueue(queue.name, queue);
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== "40P01" || attempt >= 5) throw error;
      }
    }
  }
}

/**
 * Starts the job queue on the app's PostgreSQL. Every instance runs workers; the cron schedules
 * are stored once and pg-boss fires each at most once per minute across instances, and the
 * reminder deliveries' unique key guarantees one mail even if two passes overlap.
 */
export async function startJobs(options: JobsOptions): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: options.connectionString, schema: JOBS_SCHEMA, application_name: "isms-jobs", max: 4, schedule: options.schedule ?? true });
  boss.on("error", (error) => logger.error("jobs: pg-boss error", error));
  await boss.start();
  await createQueues(boss);
  const enqueue = enqueueWith(boss);
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };
  await boss.work(QUEUES.pass, polling, async () => {
    await runReminderPass(new Date(), enqueue);
  });
  await boss.work(QUEUES.daily, polling, async () => {
    await runDigest("daily", enqueue);
  });
  await boss.work(QUEUES.weekly, polling, async () => {
    await runDigest("weekly", enqueue);
  });
  await boss.work<{ mailId: string }>(QUEUES.send, polling, async (jobs) => {
    for (const job of jobs) await deliverMail(job.data.mailId);
  });
  if (options.schedule ?? true) {
    await boss.schedule(QUEUES.pass, "*/5 * * * *", {}, { tz: TIME_ZONE });
    await boss.schedule(QUEUES.daily, "0 7 * * *", {}, { tz: TIME_ZONE });
    await boss.schedule(QUEUES.weekly, "0 7 * * 1", {}, { tz: TIME_ZONE });
  }
  return boss;
}

/** Stops workers and waits for running jobs (a job cut off mid-way is retried by the next instance). */
export async function stopJobs(boss: PgBoss): Promise<void> {
  await boss.stop({ graceful: true, wait: true, timeout: 20_000 });
}
