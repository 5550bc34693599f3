import { describe, expect, it } from "vitest";
import { GET as getAuditRoute } from "@/app/api/v1/audits/[id]/route";
import { POST as transitionRoute } from "@/app/api/v1/audits/[id]/transitions/route";
import { POST as reportRoute } from "@/app/api/v1/audits/[id]/reports/route";
import { GET as pdfRoute } from "@/app/api/v1/audits/[id]/report.pdf/route";
import { POST as checklistAddRoute } from "@/app/api/v1/audits/[id]/checklist/route";
import { PATCH as checklistPatchRoute } from "@/app/api/v1/audits/[id]/checklist/[itemId]/route";
import { POST as copyRoute } from "@/app/api/v1/audits/[id]/checklist/copy/route";
import { POST as generateRoute } from "@/app/api/v1/audits/[id]/checklist/generate/route";
import { POST as programmesRoute } from "@/app/api/v1/audit-programmes/route";
import { POST as approveRoute } from "@/app/api/v1/audit-programmes/[id]/approve/route";
import { POST as auditsRoute } from "@/app/api/v1/audits/route";
import { createTestAsset } from "../../test/assets-factories";
import { createOrgUnit, createOrgWithRoles } from "../../test/factories";
import { callRoute } from "../../test/http";
import { createPlannedAudit } from "../../test/internal-audit";
import { db } from "../db/client";
import { dependentAuditors } from "./independence";

const move = (who: Parameters<typeof callRoute>[1], id: string, body: Record<string, unknown>) =>
  callRoute(transitionRoute, who, { path: `/api/v1/audits/${id}/transitions`, params: { id }, body });

describe("an audit's flow through the API", () => {
  it("walks planned → prepared → performed → reported, refusing a skipped step with the allowed moves", async () => {
    const { auditor, management } = await createOrgWithRoles();
    const programme = await callRoute(programmesRoute, auditor, { body: { title: "Revisionsprogram", periodFrom: "2026-01-01", periodTo: "2026-12-31" } });
    expect(programme.status).toBe(201);
    expect((await callRoute(approveRoute, auditor, { params: { id: programme.json.id }, body: { version: 1 } })).status).toBe(403);
    const approved = await callRoute(approveRoute, management, { params: { id: programme.json.id }, body: { version: 1 } });
    expect(approved.json).toMatchObject({ status: "approved", approvedById: management.userId });

    const created = await callRoute(auditsRoute, auditor, { body: { programmeId: programme.json.id, title: "Incidenthantering", plannedMonth: "2026-04", perspective: "incidenthantering" } });
    expect(created.status).toBe(201);
    const id = created.json.id;
    const skipped = await move(auditor, id, { status: "reported", version: 1 });
    expect(skipped.status).toBe(400);
    expect(skipped.json.error).toMatchObject({ code: "audit_status_move", params: { from: "planned", to: "reported", allowed: ["prepared", "postponed", "cancelled"] } });
    expect((await move(auditor, id, { status: "postponed", version: 1 })).json.error.code).toBe("reason_required");

    expect((await move(auditor, id, { status: "prepared", version: 1 })).json.status).toBe("prepared");
    expect((await move(auditor, id, { status: "performed", version: 2 })).json.status).toBe("performed");
    expect((await move(auditor, id, { status: "reported", version: 3 })).json.error.code).toBe("report_required");
    const issued = await callRoute(reportRoute, auditor, { params: { id }, body: { summary: "Rutinerna följs i huvudsak.", conclusion: "largely_conforming", version: 3 } });
    expect(issued.status).toBe(201);
    expect(issued.json).toMatchObject({ status: "reported", version: 4 });
    // A correction is a new revision; the first is kept.
    await callRoute(reportRoute, auditor, { params: { id }, body: { summary: "Rättad sammanfattning.", conclusion: "largely_conforming", version: 4 } });
    expect(await db.auditReport.findMany({ where: { auditId: id }, orderBy: { revision: "asc" }, select: { revision: true, summary: true } })).toEqual([
      { revision: 1, summary: "Rutinerna följs i huvudsak." },
      { revision: 2, summary: "Rättad sammanfattning." },
    ]);
    const pdf = await callRoute(pdfRoute, management, { params: { id } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await pdf.response.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("answers 404 for another organisation's audit and 403 to a role that may not write", async () => {
    const mine = await createOrgWithRoles();
    const other = await createOrgWithRoles();
    const { audit } = await createPlannedAudit(other.auditor);
    expect((await callRoute(getAuditRoute, mine.auditor, { params: { id: audit.id } })).status).toBe(404);
    expect((await move(mine.auditor, audit.id, { status: "prepared", version: 1 })).status).toBe(404);
    const own = await createPlannedAudit(mine.auditor);
    expect((await move(mine.management, own.audit.id, { status: "prepared", version: 1 })).status).toBe(403);
    expect((await callRoute(getAuditRoute, mine.reporter, { params: { id: own.audit.id } })).status).toBe(403);
  });

  it("saves checklist notes as you go and refuses a stale version", async () => {
    const { auditor } = await createOrgWithRoles();
    const { audit } = await createPlannedAudit(auditor);
    const item = await callRoute(checklistAddRoute, auditor, { params: { id: audit.id }, body: { question: "Finns en rutin för behörighetsgranskning?" } });
    expect(item.status).toBe(201);
    const patch = (body: Record<string, unknown>) => callRoute(checklistPatchRoute, auditor, { method: "PATCH", params: { id: audit.id, itemId: item.json.id }, body });
    expect((await patch({ notes: "Rutin finns, senast granskad 2025.", result: "conforming", version: 1 })).json).toMatchObject({ notes: "Rutin finns, senast granskad 2025.", version: 2 });
    expect((await patch({ notes: "Gammal", version: 1 })).status).toBe(409);

    // Generated from the criteria once, then copied (questions, not notes) to a later audit.
    const generated = await callRoute(generateRoute, auditor, { method: "POST", params: { id: audit.id } });
    expect(generated.json.items.map((i: { criterion: string | null }) => i.criterion)).toEqual([null, "ISO/IEC 27001:2022 A.5.15"]);
    expect((await callRoute(generateRoute, auditor, { method: "POST", params: { id: audit.id } })).json.items).toHaveLength(2);
    const later = await createPlannedAudit(auditor, { plannedMonth: "2027-03" });
    const copied = await callRoute(copyRoute, auditor, { params: { id: later.audit.id }, body: { fromAuditId: audit.id } });
    expect(copied.json.items.map((i: { question: string; notes: string | null }) => [i.question, i.notes])).toEqual([
      ["Finns en rutin för behörighetsgranskning?", null],
      ["Hur uppfylls ISO/IEC 27001:2022 A.5.15? Vilka bevis finns?", null],
    ]);
  });

  it("shows an information owner the audits of units where they own assets, and warns of an auditor auditing their own assets", async () => {
    const { organization, ciso, informationOwner } = await createOrgWithRoles();
    const [audited, other] = await Promise.all([createOrgUnit(organization.id), createOrgUnit(organization.id)]);
    await createTestAsset(ciso, { orgUnitId: audited.id, ownerId: informationOwner.userId });
    await createTestAsset(ciso, { orgUnitId: audited.id, ownerId: ciso.userId, name: "Lönesystem" });
    const mine = await createPlannedAudit(ciso, { orgUnitIds: [audited.id] });
    const theirs = await createPlannedAudit(ciso, { orgUnitIds: [other.id] });
    expect((await callRoute(getAuditRoute, informationOwner, { params: { id: mine.audit.id } })).status).toBe(200);
    expect((await callRoute(getAuditRoute, informationOwner, { params: { id: theirs.audit.id } })).status).toBe(403);
    expect(await dependentAuditors(organization.id, mine.audit)).toEqual([{ id: ciso.userId, name: ciso.name }]);
    expect(await dependentAuditors(organization.id, theirs.audit)).toEqual([]);
  });
});
