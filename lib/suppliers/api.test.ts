import { describe, expect, it } from "vitest";
import { GET as listActions } from "@/app/api/v1/actions/route";
import { GET as getSettings, PUT as putSettings } from "@/app/api/v1/settings/suppliers/route";
import { POST as createContract } from "@/app/api/v1/contracts/route";
import { GET as getFollowUp } from "@/app/api/v1/supplier-follow-ups/[id]/route";
import { GET as listFollowUps, POST as createFollowUp } from "@/app/api/v1/supplier-follow-ups/route";
import { GET as getSupplier, PATCH as patchSupplier } from "@/app/api/v1/suppliers/[id]/route";
import { GET as listSuppliers, POST as createSupplier } from "@/app/api/v1/suppliers/route";
import { classifiedAsset, createTestSupplier } from "../../test/suppliers-factories";
import { createOrgWithRoles } from "../../test/factories";
import { callRoute, tokenFor } from "../../test/http";
import { supplierWork } from "./work";

describe("suppliers API", () => {
  it("registers a supplier, derives criticality from its contracts and dates the next follow-up", async () => {
    const { organization, ciso, management, reporter } = await createOrgWithRoles();
    const [token, managementToken, reporterToken] = await Promise.all([tokenFor(ciso), tokenFor(management), tokenFor(reporter)]);
    const created = await callRoute(createSupplier, token, {
      method: "POST",
      body: { name: "Driftpartner AB", orgNumber: "556036-0793", category: "it_operations", ownerId: ciso.userId, certifications: [{ standard: "ISO/IEC 27001", validUntil: "2027-03-31" }] },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ country: "SE", inEea: true, status: "active", criticality: null, nextFollowUpDueAt: null, certifications: [{ standard: "ISO/IEC 27001", validUntil: "2027-03-31" }] });
    const id = created.json.id as string;

    const asset = await classifiedAsset(ciso, 3);
    await callRoute(createContract, token, { method: "POST", body: { supplierId: id, title: "Drift", assetIds: [asset.id] } });
    const critical = (await callRoute(getSupplier, managementToken, { params: { id } })).json;
    expect(critical).toMatchObject({ criticality: 3, followUpOverdue: true, contractCount: 1 });
    const listed = async (query: string) => (await callRoute(listSuppliers, managementToken, { path: `/api/v1/suppliers?${query}` })).json.items.map((item: { id: string }) => item.id);
    expect(await listed("criticality=3&followUpOverdue=true")).toEqual([id]);
    expect(await listed("criticality=2")).toEqual([]);

    const followUp = await callRoute(createFollowUp, token, {
      method: "POST",
      body: { supplierId: id, performedAt: "2026-03-15", method: "document_review", result: "approved_with_remarks", remarks: [{ title: "Loggning saknas i SLA-rapporten", dueAt: "2026-06-30" }] },
    });
    expect(followUp.status).toBe(201);
    expect(followUp.json.remarkActionIds).toHaveLength(1);
    const actions = await callRoute(listActions, token, { path: `/api/v1/actions?source=supplier:${id}` });
    expect(actions.json.items.map((item: { id: string; title: string }) => [item.id, item.title])).toEqual([[followUp.json.remarkActionIds[0], "Loggning saknas i SLA-rapporten"]]);
    expect((await callRoute(getFollowUp, managementToken, { params: { id: followUp.json.id } })).json.supplierName).toBe("Driftpartner AB");
    expect((await callRoute(listFollowUps, managementToken, { path: `/api/v1/supplier-follow-ups?supplierId=${id}` })).json.total).toBe(1);
    const after = (await callRoute(getSupplier, token, { params: { id } })).json;
    expect(after).toMatchObject({ lastFollowUpAt: "2026-03-15", nextFollowUpDueAt: "2027-03-15" });
    // The list's filter in SQL agrees with the view's rule, whatever today is.
    expect((await listed("followUpOverdue=true")).includes(id)).toBe(after.followUpOverdue);

    // The interval follows the organisation's setting.
    const settings = await callRoute(getSettings, token);
    expect(settings.json).toMatchObject({ followUpIntervals: { high: 12, medium: 24 } });
    const shorter = await callRoute(putSettings, token, { method: "PUT", body: { followUpIntervals: { high: 6, medium: 12 }, version: settings.json.version } });
    expect(shorter.status).toBe(200);
    expect((await callRoute(getSupplier, token, { params: { id } })).json.nextFollowUpDueAt).toBe("2026-09-15");
    expect((await callRoute(putSettings, managementToken, { method: "PUT", body: { followUpIntervals: { high: 1, medium: 1 }, version: shorter.json.version } })).status).toBe(403);
    await callRoute(putSettings, token, { method: "PUT", body: { followUpIntervals: { high: 12, medium: 24 }, version: shorter.json.version } });

    // The reminders see the same date, for the supplier's owner.
    const mine = await supplierWork.forUser(organization.id, ciso.userId, new Date("2027-03-01T12:00:00Z"));
    expect(mine.map((item) => [item.kind, item.recordId, item.state])).toEqual([["supplier_follow_up", id, "due_soon"]]);

    expect((await callRoute(listSuppliers, reporterToken)).status).toBe(403);
    expect((await callRoute(createSupplier, managementToken, { method: "POST", body: { name: "X", category: "other" } })).status).toBe(403);
  });

  it("keeps the subcontractor chain on both ends, without cycles, and asks a motivation for an override", async () => {
    const [{ ciso }, theirs] = await Promise.all([createOrgWithRoles(), createOrgWithRoles()]);
    const [token, theirToken] = await Promise.all([tokenFor(ciso), tokenFor(theirs.ciso)]);
    const parent = await createTestSupplier(ciso, { name: "Huvudleverantör AB" });
    const child = await callRoute(createSupplier, token, { method: "POST", body: { name: "Underleverantör Oy", country: "fi", category: "it_operations", parentSupplierId: parent.id } });
    expect(child.json).toMatchObject({ country: "FI", parentSupplier: { id: parent.id, name: "Huvudleverantör AB" } });
    expect((await callRoute(getSupplier, token, { params: { id: parent.id } })).json.subcontractors).toEqual([{ id: child.json.id, name: "Underleverantör Oy" }]);

    const cycle = await callRoute(patchSupplier, token, { method: "PATCH", params: { id: parent.id }, body: { parentSupplierId: child.json.id, version: parent.version } });
    expect(cycle.status).toBe(400);
    expect(Object.keys(cycle.json.error.fields)).toEqual(["parentSupplierId"]);
    const bare = await callRoute(patchSupplier, token, { method: "PATCH", params: { id: parent.id }, body: { criticalityOverride: 3, version: parent.version } });
    expect(Object.keys(bare.json.error.fields)).toEqual(["criticalityMotivation"]);
    const motivated = await callRoute(patchSupplier, token, { method: "PATCH", params: { id: parent.id }, body: { criticalityOverride: 3, criticalityMotivation: "Driver hela lönekedjan", version: parent.version } });
    expect(motivated.json).toMatchObject({ criticality: 3, version: parent.version + 1 });

    expect((await callRoute(getSupplier, theirToken, { params: { id: parent.id } })).status).toBe(404);
    const foreignParent = await callRoute(createSupplier, theirToken, { method: "POST", body: { name: "Y", category: "other", parentSupplierId: parent.id } });
    expect(Object.keys(foreignParent.json.error.fields)).toEqual(["parentSupplierId"]);
  });
});
