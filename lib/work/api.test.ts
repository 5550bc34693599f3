import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { GET as calendarIcs } from "@/app/api/calendar/[token]/route";
import { DELETE as revokeFeed, GET as feedStatus, POST as rotateFeed } from "@/app/api/v1/me/calendar-feed/route";
import { GET as getPreferences, PUT as putPreferences } from "@/app/api/v1/me/notification-preferences/route";
import { GET as myWork } from "@/app/api/v1/me/work/route";
import { db } from "../db/client";
import { createOrgWithRoles } from "@/test/factories";
import { createTestRisk } from "@/test/risks-factories";
import { hashToken } from "../auth/token-hash";
import { callRoute } from "@/test/http";
import { dueCount } from "./queries";

const DAY = 24 * 60 * 60 * 1000;
const at = (days: number) => new Date(Date.now() + days * DAY);

async function fetchFeed(url: string) {
  const token = new URL(url).pathname.split("/").pop()!;
  return calendarIcs(new NextRequest(url), { params: Promise.resolve({ token }) });
}

describe("GET /api/v1/me/work", () => {
  it("lists the owner's work from every register, due first, and nothing of anyone else's", async () => {
    const { organization, ciso, informationOwner: owner, management: other } = await createOrgWithRoles();
    const stranger = await createOrgWithRoles();
    const overdue = await db.action.create({ data: { organizationId: organization.id, ownerId: owner.userId, title: "Försenad", dueAt: at(-2) } });
    const later = await db.action.create({ data: { organizationId: organization.id, ownerId: owner.userId, title: "Senare", dueAt: at(30) } });
    await db.action.create({ data: { organizationId: organization.id, ownerId: owner.userId, title: "Klar", dueAt: at(-3), status: "done" } });
    const unit = await db.orgUnit.create({ data: { organizationId: organization.id, name: "IT" } });
    const asset = await db.asset.create({ data: { organizationId: organization.id, orgUnitId: unit.id, name: "Lönesystem", ownerId: owner.userId, reviewDueAt: at(5) } });
    await db.action.create({ data: { organizationId: stranger.organization.id, ownerId: stranger.informationOwner.userId, title: "Annan org", dueAt: at(-1) } });
    const risk = await createTestRisk(ciso, { ownerId: owner.userId, reviewDueAt: at(20) });

    const mine = await callRoute(myWork, owner);
    expect(mine.status).toBe(200);
    expect(mine.json.items).toEqual([
      expect.objectContaining({ kind: "action_due", recordType: "action", recordId: overdue.id, state: "overdue", href: `/atgarder/${overdue.id}` }),
      expect.objectContaining({ kind: "asset_review", recordType: "asset", recordId: asset.id, state: "due_soon", href: `/tillgangar/${asset.id}` }),
      expect.objectContaining({ kind: "risk_review", recordType: "risk", recordId: risk.id, state: "upcoming", href: `/risker/${risk.id}` }),
      expect.objectContaining({ kind: "action_due", recordId: later.id, state: "upcoming" }),
    ]);
    // The header bell counts the same due-soon and overdue items, reading only those.
    expect(await dueCount(owner)).toBe(2);
    expect(await dueCount(other)).toBe(0);
    expect((await callRoute(myWork, other)).json.items).toEqual([]);
    expect((await callRoute(myWork, stranger.informationOwner)).json.items.map((i: { title: string }) => i.title)).toEqual(["Annan org"]);
  });
});

describe("notification preferences", () => {
  it("the bell counts an open obligation for its handler and every ciso, not for others, and not once reported", async () => {
    const { organization, ciso, admin: handler, management: other } = await createOrgWithRoles();
    const incident = await db.incident.create({
      data: { organizationId: organization.id, reference: "INC-1", title: "Läcka", description: "x", occurredAt: at(-1), detectedAt: at(-1), handlerId: handler.userId },
    });
    const soon = await db.incidentObligation.create({ data: { incidentId: incident.id, kind: "nis2_early_warning", dueAt: new Date(Date.now() + 2 * 60 * 60 * 1000) } });
    await db.incidentObligation.create({ data: { incidentId: incident.id, kind: "nis2_incident_report", dueAt: at(3) } });
    expect([await dueCount(ciso), await dueCount(handler), await dueCount(other)]).toEqual([1, 1, 0]);
    await db.incidentObligation.update({ where: { id: soon.id }, data: { reportedAt: new Date() } });
    expect(await dueCount(ciso)).toBe(0);
  });

  it("defaults to immediately for obligations and daily for the rest, and saves a choice", async () => {
    const { informationOwner } = await createOrgWithRoles();
    const before = await callRoute(getPreferences, informationOwner);
    expect(before.json.items).toContainEqual({ kind: "incident_obligation", frequency: "immediately", required: false });
    expect(before.json.items).toContainEqual({ kind: "action_due", frequency: "daily", required: false });
    const saved = await callRoute(putPreferences, informationOwner, { method: "PUT", body: { items: [{ kind: "action_due", frequency: "weekly" }] } });
    expect(saved.status).toBe(200);
    expect(saved.json.items).toContainEqual({ kind: "action_due", frequency: "weekly", required: false });
    expect((await callRoute(putPreferences, informationOwner, { method: "PUT", body: { items: [{ kind: "action_due", frequency: "hourly" }] } })).status).toBe(400);
    expect((await callRoute(putPreferences, informationOwner, { method: "PUT", body: { items: [], extra: 1 } })).status).toBe(400);
  });

  it("a ciso cannot turn obligation notices off (400 notification_required), other kinds yes", async () => {
    const { ciso } = await createOrgWithRoles();
    const refused = await callRoute(putPreferences, ciso, { method: "PUT", body: { items: [{ kind: "incident_obligation", frequency: "off" }] } });
    expect(refused.status).toBe(400);
    expect(refused.json.error.code).toBe("notification_required");
    expect((await callRoute(getPreferences, ciso)).json.items).toContainEqual({ kind: "incident_obligation", frequency: "immediately", required: true });
    expect((await callRoute(putPreferences, ciso, { method: "PUT", body: { items: [{ kind: "incident_obligation", frequency: "daily" }, { kind: "action_due", frequency: "off" }] } })).status).toBe(200);
  });

  it("the handler of an open incident cannot turn obligation notices off either", async () => {
    const { organization, admin: handler } = await createOrgWithRoles();
    const off = { method: "PUT", body: { items: [{ kind: "incident_obligation", frequency: "off" }] } };
    expect((await callRoute(putPreferences, handler, off)).status).toBe(200);
    const now = new Date();
    await db.incident.create({ data: { organizationId: organization.id, reference: "INC-9", title: "Intrång", description: "x", occurredAt: now, detectedAt: now, handlerId: handler.userId } });
    const refused = await callRoute(putPreferences, handler, off);
    expect([refused.status, refused.json.error.code]).toEqual([400, "notification_required"]);
  });
});

describe("calendar feed", () => {
  it("serves the user's due dates as VEVENTs at a secret URL, and 404 once rotated or revoked", async () => {
    const { organization, informationOwner: owner } = await createOrgWithRoles();
    await db.action.create({ data: { organizationId: organization.id, ownerId: owner.userId, title: "Uppdatera brandväggen", dueAt: at(3) } });
    expect((await callRoute(feedStatus, owner)).json).toEqual({ active: false, createdAt: null, url: null });
    const created = await callRoute(rotateFeed, owner, { method: "POST" });
    expect(created.status).toBe(200);
    expect(created.json.url).toMatch(/\/api\/calendar\/cal_[\w-]+\.ics$/);
    const token = new URL(created.json.url).pathname.split("/").pop()!.replace(/\.ics$/, "");
    const stored = await db.calendarFeed.findFirstOrThrow({ where: { userId: owner.userId } });
    expect(stored.tokenHash).toBe(hashToken(token)); // only the hash is stored

    const feed = await fetchFeed(created.json.url);
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-type")).toContain("text/calendar");
    const body = await feed.text();
    expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(body).toContain("Åtgärd: Uppdatera brandväggen");

    const rotated = await callRoute(rotateFeed, owner, { method: "POST" });
    expect((await fetchFeed(created.json.url)).status).toBe(404);
    expect((await fetchFeed(rotated.json.url)).status).toBe(200);
    expect((await callRoute(revokeFeed, owner, { method: "DELETE" })).status).toBe(204);
    expect((await fetchFeed(rotated.json.url)).status).toBe(404);
    expect((await callRoute(feedStatus, owner)).json.active).toBe(false);
  });
});
