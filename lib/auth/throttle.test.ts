import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { admitLoginAttempt, admittedFor, pruneLoginAttempts, settleLoginAttempt, slowDownMs, withLoginAttempt } from "./throttle";

const account = () => `konto-${randomUUID().slice(0, 8)}@test.se`;
const address = () => `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 4)}`;

describe("the sign-in throttle", () => {
  it("admits at most 5 of 20 parallel tries for one account from one address", async () => {
    const email = account();
    const from = address();
    const results = await Promise.all(Array.from({ length: 20 }, () => admitLoginAttempt(email, from)));
    expect(results.filter((result) => result.admitted)).toHaveLength(5);
    expect((await admitLoginAttempt(email, from)).admitted).toBe(false);
    expect(await db.loginAttempt.count({ where: { email } })).toBe(5);
  });

  it("lets the account in from another address, slowed down, and a success clears that address's failures", async () => {
    const email = account();
    const attacker = address();
    for (let i = 0; i < 5; i++) await admitLoginAttempt(email, attacker);
    const owner = address();
    const admission = await admitLoginAttempt(email, owner);
    expect(admission).toMatchObject({ admitted: true, delayMs: slowDownMs(5) });
    expect(slowDownMs(5)).toBeGreaterThan(0);
    expect(slowDownMs(4)).toBe(0);
    if (!admission.admitted) throw new Error("not admitted");
    await withLoginAttempt({ attemptId: admission.attemptId, email, address: owner }, async () => {
      expect(admittedFor(email)).toBe(true);
      expect(admittedFor(account())).toBe(false);
      await settleLoginAttempt(email, true);
    });
    expect(await db.loginAttempt.findUnique({ where: { id: admission.attemptId } })).toMatchObject({ success: true });
    expect(await db.loginAttempt.count({ where: { email, success: false } })).toBe(5);
    expect(admittedFor(email)).toBe(false);
  });

  it("refuses an address after 20 failures over many accounts, for that address only", async () => {
    const sprayer = address();
    await Promise.all(Array.from({ length: 25 }, () => admitLoginAttempt(account(), sprayer)));
    expect(await db.loginAttempt.count({ where: { ip: sprayer } })).toBe(20);
    expect((await admitLoginAttempt(account(), sprayer)).admitted).toBe(false);
    expect((await admitLoginAttempt(account(), address())).admitted).toBe(true);
  });

  it("prunes rows older than the window and keeps the rest", async () => {
    const email = account();
    const old = await db.loginAttempt.create({ data: { email, ip: address(), success: false, at: new Date(Date.now() - 16 * 60 * 1000) } });
    const recent = await db.loginAttempt.create({ data: { email, ip: address(), success: false, at: new Date(Date.now() - 14 * 60 * 1000) } });
    await pruneLoginAttempts();
    expect(await db.loginAttempt.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await db.loginAttempt.findUnique({ where: { id: recent.id } })).not.toBeNull();
  });
});
