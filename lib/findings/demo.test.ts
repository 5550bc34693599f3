import { describe, expect, it } from "vitest";
import { listActions } from "../actions/queries";
import { actionListQuerySchema } from "../actions/schema";
import { listAudits } from "../audits/queries";
import { auditListQuerySchema } from "../audits/schema";
import { DEMO_ORG_UNITS } from "../demo/context";
import { db } from "../db/client";
import { createOrgUnit, createOrgWithRoles } from "../../test/factories";
import { seedFindingsDemo } from "./demo";
import { escalatedFindings } from "./page-data";
import { listFindings } from "./queries";
import { FINDING_TYPES, findingListQuerySchema } from "./schema";

describe("internal audit demo data", () => {
  it("seeds an approved programme with an audit per perspective, two reports, every finding type and one escalation", async () => {
    const { organization, admin, ciso, informationOwner, auditor, management, reporter } = await createOrgWithRoles();
    const units = Object.fromEntries(await Promise.all(DEMO_ORG_UNITS.map(async (name) => [name, (await createOrgUnit(organization.id, name)).id] as const)));
    const users = { admin: admin.userId, ciso: ciso.userId, informationOwner: informationOwner.userId, informationOwner2: informationOwner.userId, auditor: auditor.userId, management: management.userId, reporter: reporter.userId };
    await db.$transaction((tx) => seedFindingsDemo({ tx, organizationId: organization.id, users, orgUnits: units, now: new Date() }));

    expect(await db.auditProgramme.findMany({ where: { organizationId: organization.id }, select: { status: true } })).toEqual([{ status: "approved" }]);
    const audits = (await listAudits(auditor, auditListQuerySchema.parse({}))).items;
    expect(new Set(audits.map((a) => a.perspective)).size).toBe(6);
    expect(audits.filter((a) => a.status === "reported")).toHaveLength(2);
    const findings = (await listFindings(auditor, findingListQuerySchema.parse({ pageSize: "100" }))).items;
    expect(new Set(findings.map((f) => f.type))).toEqual(new Set(FINDING_TYPES));
    expect((await escalatedFindings(management))?.map((f) => f.title)).toEqual(["Klassning av nya system dröjer"]);
    expect(findings.filter((f) => f.overdue).map((f) => f.title)).toEqual(["Klassning av nya system dröjer"]);
    expect((await listActions(ciso, actionListQuerySchema.parse({ source: "finding" }))).total).toBe(3);
  });
});
