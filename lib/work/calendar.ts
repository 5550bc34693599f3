import "server-only";
import { randomBytes } from "node:crypto";
import { createEvents, type EventAttributes } from "ics";
import { hashToken } from "../auth/token-hash";
import { recordAudit } from "../audit/trail";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { notFound } from "../errors";
import { publicBaseUrl } from "../mail/config";
import { workMessages } from "./messages";
import { workFor } from "./queries";
import type { CalendarFeedView } from "./schema";
import type { WorkKind } from "./types";

const feedUrl = (token: string) => `${publicBaseUrl()}/api/calendar/${token}.ics`;

export async function calendarFeedStatus(principal: Principal): Promise<CalendarFeedView> {
  authorize(principal, "me.read");
  const row = await db.calendarFeed.findUnique({ where: { userId_organizationId: { userId: principal.userId, organizationId: principal.organizationId } } });
  return { active: Boolean(row), createdAt: row?.createdAt.toISOString() ?? null, url: null };
}

/** Creates the feed, or replaces its secret (the old URL stops working); the URL is shown once. */
export async function rotateCalendarFeed(principal: Principal): Promise<CalendarFeedView> {
  authorize(principal, "me.read");
  const token = `cal_${randomBytes(30).toString("base64url")}`;
  const { userId, organizationId } = principal;
  const row = await db.$transaction(async (tx) => {
    const saved = await tx.calendarFeed.upsert({
      where: { userId_organizationId: { userId, organizationId } },
      create: { userId, organizationId, tokenHash: hashToken(token) },
      update: { tokenHash: hashToken(token), createdAt: new Date() },
    });
    await recordAudit(tx, principal, { entity: "user", entityId: userId, action: "calendar_feed_create", after: { createdAt: saved.createdAt } });
    return saved;
  });
  return { active: true, createdAt: row.createdAt.toISOString(), url: feedUrl(token) };
}

export async function revokeCalendarFeed(principal: Principal): Promise<void> {
  authorize(principal, "me.read");
  await db.$transaction(async (tx) => {
    const removed = await tx.calendarFeed.deleteMany({ where: { userId: principal.userId, organizationId: principal.organizationId } });
    if (removed.count) await recordAudit(tx, principal, { entity: "user", entityId: principal.userId, action: "calendar_feed_revoke" });
  });
}

/**
 * The public feed `/api/calendar/{token}.ics`: no session, the secret is the key. An unknown or
 * revoked secret, or a user who has since left the organisation, is 404.
 */
export async function calendarIcs(token: string, now = new Date()): Promise<string> {
  const feed = await db.calendarFeed.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: { select: { active: true, locale: true } } } });
  const member = feed?.user.active && (await db.membership.count({ where: { userId: feed.userId, organizationId: feed.organizationId } }));
  if (!feed || !member) throw notFound();
  const t = workMessages[feed.user.locale === "en" ? "en" : "sv"];
  const base = publicBaseUrl();
  const events: EventAttributes[] = (await workFor(feed.organizationId, feed.userId, now)).map((item) => ({
    uid: `${item.kind}-${item.recordId}${item.subKey ? `-${item.subKey}` : ""}@isms`,
    start: new Date(item.dueAt).getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    duration: { minutes: 30 },
    title: `${t.kinds[item.kind as WorkKind]}: ${item.title}`,
    ...(item.href ? { url: `${base}${item.href}` } : {}),
  }));
  const { error, value } = createEvents(events, { productId: "isms-register", calName: t.title });
  if (error || !value) throw error ?? new Error("ics: empty calendar");
  return value;
}
