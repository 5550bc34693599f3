import { describe, expect, it } from "vitest";
import { createOrgWithRoles } from "../../test/factories";
import { createTestIncident } from "../../test/incidents-factories";
import { db } from "../db/client";
import { incidentDashboard, ownReportCount } from "./dashboard";

const HOUR = 3_600_000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

describe("incident dashboard", () => {
  it("counts open incidents, reports due within 72 h and overdue, and the share foreseen", async () => {
    const { ciso, reporter, auditor } = await createOrgWithRoles();
    const soon = await createTestIncident(reporter, { title: "Mejl till fel mottagare", personalData: "yes", occurredAt: ago(2), detectedAt: ago(1) });
    await createTestIncident(reporter, { title: "Gammal läcka", personalData: "yes", occurredAt: ago(101), detectedAt: ago(100) });
    const closed = await createTestIncident(ciso, { title: "Avslutad", personalData: "no", occurredAt: ago(5), detectedAt: ago(4) });
    await db.incident.update({ where: { id: closed.id }, data: { status: "closed", closedAt: new Date() } });

    const data = await incidentDashboard(ciso);
    expect(data).toMatchObject({ open: 2, dueSoonTotal: 1, overdue: 1 });
    expect(data?.dueSoon).toEqual([expect.objectContaining({ incidentId: soon.id, reference: soon.reference, kind: "gdpr_imy", dueAt: soon.obligations[0].dueAt })]);
    expect(data?.foreseenShare).toMatchObject({ key: "incidents.foreseen_share", numerator: 0, denominator: 3 });
    expect(await incidentDashboard(auditor)).not.toBeNull();
  });

  it("shows nothing to roles that do not read every incident; a reporter gets their own count", async () => {
    const { reporter, informationOwner } = await createOrgWithRoles();
    await createTestIncident(reporter);
    expect(await incidentDashboard(reporter)).toBeNull();
    expect(await incidentDashboard(informationOwner)).toBeNull();
    expect(await ownReportCount(reporter)).toBe(1);
  });
});
