import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import { DELETE as deleteRisk } from "@/app/api/v1/risks/[id]/route";
import { createOrgWithRoles } from "../../test/factories";
import { callRoute, tokenFor } from "../../test/http";
import { createTestRisk } from "../../test/risks-factories";
import { db } from "./client";

describe("concurrent deletes", () => {
  it("answer one 204 and one 404, never 500", async () => {
    const { ciso } = await createOrgWithRoles();
    const risk = await createTestRisk(ciso);
    const token = await tokenFor(ciso);
    // A row lock held outside makes both deletes load the risk and then wait to delete it, which
    // is the interleaving a real race produces now and then.
    const blocker = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await blocker.connect();
    try {
      await blocker.query("BEGIN");
      await blocker.query(`SELECT "id" FROM "Risk" WHERE "id" = $1 FOR UPDATE`, [risk.id]);
      const call = () => callRoute(deleteRisk, token, { method: "DELETE", path: `/api/v1/risks/${risk.id}`, params: { id: risk.id } });
      const answers = Promise.all([call(), call()]);
      await vi.waitFor(
        async () => {
          const waiting = await db.$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
          expect(waiting[0].n).toBe(2);
        },
        { timeout: 10_000, interval: 20 },
      );
      await blocker.query("COMMIT");
      const statuses = (await answers).map((answer) => answer.status).sort((a, b) => a - b);
      expect(statuses).toEqual([204, 404]);
    } finally {
      await blocker.end();
    }
    expect(await db.risk.count({ where: { id: risk.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: risk.id, action: "delete" } })).toBe(1);
  });
});
