import { describe, expect, it } from "vitest";
import { GET as indicatorsRoute } from "@/app/api/v1/indicators/route";
import { createOrgWithRoles } from "../../test/factories";
import { callRoute } from "../../test/http";
import { createPlannedAudit } from "../../test/internal-audit";
import { db } from "../db/client";

const d = (day: string) => new Date(`${day}T12:00:00Z`);

describe("follow-up indicators (uppfoljning)", () => {
  it("count exactly the audits, findings and actions created", async () => {
    const { organization, auditor } = await createOrgWithRoles();
    const { programme, audit } = await createPlannedAudit(auditor, { plannedMonth: "2026-02" });
    const organizationId = organization.id;
    await db.audit.update({ where: { id: audit.id }, data: { status: "performed" } });
    const more = [
      { plannedMonth: "2026-03", status: "reported" as const },
      { plannedMonth: "2026-05", status: "planned" as const },
      { plannedMonth: "2026-06", status: "cancelled" as const },
      { plannedMonth: "2025-12", status: "performed" as const },
    ];
    await db.audit.createMany({ data: more.map((row) => ({ ...row, organizationId, programmeId: programme.id, title: row.plannedMonth })) });

    const finding = (data: Record<string, unknown>) => ({ organizationId, auditId: audit.id, title: "F", type: "minor_nonconformity" as const, ...data });
    await db.finding.createMany({
      data: [
        finding({ type: "major_nonconformity", responseDueAt: d("2026-04-01"), planAcceptedAt: d("2026-03-20"), status: "closed", closedAt: d("2026-05-01"), effective: true }),
        finding({ responseDueAt: d("2026-04-01"), planAcceptedAt: d("2026-04-05"), status: "closed", closedAt: d("2026-06-01") }),
        finding({ responseDueAt: d("2026-07-01"), status: "open", escalatedAt: d("2026-07-10") }),
        finding({ type: "observation", responseDueAt: d("2026-04-01") }),
        finding({ type: "major_nonconformity", responseDueAt: d("2027-02-01"), status: "closed", closedAt: d("2027-03-01"), escalatedAt: d("2027-02-10") }),
      ],
    });
    const action = (data: Record<string, unknown>) => ({ organizationId, title: "Å", ...data });
    await db.action.createMany({
      data: [
        action({ sourceType: "risk", dueAt: d("2026-03-01"), status: "done", completedAt: d("2026-02-28") }),
        action({ sourceType: "finding", dueAt: d("2026-04-01"), status: "done", completedAt: d("2026-04-10") }),
        action({ dueAt: d("2026-05-01") }),
        action({ dueAt: d("2026-05-01"), status: "cancelled" }),
        action({ dueAt: d("2027-01-01"), status: "done", completedAt: d("2026-12-01") }),
      ],
    });

    const answer = await callRoute(indicatorsRoute, auditor, { path: "/api/v1/indicators?perspective=uppfoljning&from=2026-01-01&to=2026-12-31" });
    expect(answer.status).toBe(200);
    const byKey = Object.fromEntries(answer.json.items.map((item: { key: string }) => [item.key, item]));
    expect(byKey["audits.performed_share"]).toMatchObject({ numerator: 2, denominator: 3 });
    expect(byKey["findings.plan_on_time_share"]).toMatchObject({ numerator: 1, denominator: 3 });
    expect(byKey["findings.closed_verified_share"]).toMatchObject({ numerator: 1, denominator: 2, value: 0.5 });
    expect(byKey["findings.escalated_open"]).toMatchObject({ value: 1, numerator: null, denominator: null, unit: "count" });
    expect(byKey["actions.on_time_share"]).toMatchObject({ numerator: 1, denominator: 3 });
  });
});
