import { describe, expect, it } from "vitest";
import { PATCH as patchAsset } from "@/app/api/v1/assets/[id]/route";
import { POST as gapAction } from "@/app/api/v1/contracts/[id]/actions/route";
import { GET as annex } from "@/app/api/v1/contracts/[id]/requirements/export/route";
import { PATCH as setRequirement } from "@/app/api/v1/contracts/[id]/requirements/[requirementId]/route";
import { GET as getContract, PATCH as patchContract } from "@/app/api/v1/contracts/[id]/route";
import { GET as listContracts, POST as createContract } from "@/app/api/v1/contracts/route";
import { POST as createSupplier } from "@/app/api/v1/suppliers/route";
import { classifiedAsset, createCatalogue, createTestSupplier } from "../../test/suppliers-factories";
import { createOrgWithRoles } from "../../test/factories";
import { callRoute, tokenFor } from "../../test/http";
import { db } from "../db/client";
import { supplierDashboard } from "../suppliers/page-data";

const ids = (answer: { json: { items: { id: string }[] } }) => answer.json.items.map((item) => item.id);
const codes = (view: { requirements: { code: string }[] }) => view.requirements.map((requirement) => requirement.code);

describe("contracts API", () => {
  it("derives the required level and requirements from the assets, at once after a reclassification", async () => {
    const { organization, ciso } = await createOrgWithRoles();
    const token = await tokenFor(ciso);
    const { k3 } = await createCatalogue(organization.id);
    const [low, high] = await Promise.all([classifiedAsset(ciso, 1), classifiedAsset(ciso, 3, { personalData: true })]);
    const supplier = await createTestSupplier(ciso);

    const created = await callRoute(createContract, token, { method: "POST", body: { supplierId: supplier.id, title: "Lärplattform", assetIds: [low.id, high.id] } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ requiredLevel: 3, personalData: true, securityProtection: false });
    expect(codes(created.json)).toEqual(["K2", "K3"]);
    expect(created.json.requirements.every((requirement: { status: string }) => requirement.status === "missing")).toBe(true);
    expect(created.json.gaps).toEqual(["dpa_missing", "requirements_missing"]);
    const id = created.json.id as string;

    const flagged = await callRoute(listContracts, token, { path: "/api/v1/contracts?gap=dpa_missing" });
    expect(ids(flagged)).toEqual([id]);

    const raised = await callRoute(patchAsset, token, { method: "PATCH", params: { id: high.id }, body: { confidentiality: 4, version: high.version } });
    expect(raised.status).toBe(200);
    const after = (await callRoute(getContract, token, { params: { id } })).json;
    expect(after).toMatchObject({ requiredLevel: 4, securityProtection: true });
    expect(codes(after)).toEqual(["K2", "K3", "K4"]);
    expect(after.gaps).toContain("security_protection_agreement_missing");
    expect(ids(await callRoute(listContracts, token, { path: "/api/v1/contracts?gap=security_protection_agreement_missing" }))).toEqual([id]);

    const lowered = await callRoute(patchAsset, token, { method: "PATCH", params: { id: high.id }, body: { confidentiality: 2, version: raised.json.version } });
    expect(lowered.status).toBe(200);
    const down = (await callRoute(getContract, token, { params: { id } })).json;
    expect(down.requiredLevel).toBe(2);
    expect(codes(down)).toEqual(["K2"]);

    // A requirement the assets no longer trigger cannot be given a status.
    const stale = await callRoute(setRequirement, token, { method: "PATCH", params: { id, requirementId: k3.id }, body: { status: "included" } });
    expect(stale.status).toBe(400);
    expect(Object.keys(stale.json.error.fields)).toEqual(["requirementId"]);
  });

  it("flags a missing DPA and requirements, clears them, and turns a gap into an action", async () => {
    const { organization, ciso } = await createOrgWithRoles();
    const token = await tokenFor(ciso);
    const { k2 } = await createCatalogue(organization.id);
    const asset = await classifiedAsset(ciso, 2, { personalData: true });
    const supplier = await createTestSupplier(ciso, { name: "Lönesystem Inc", country: "US" });
    const created = await callRoute(createContract, token, { method: "POST", body: { supplierId: supplier.id, title: "Lön", assetIds: [asset.id], endsAt: "2027-06-30", noticeMonths: 6 } });
    const id = created.json.id as string;
    expect(created.json.gaps).toEqual(["dpa_missing", "third_country_basis_missing", "requirements_missing"]);
    expect(created.json.noticeDate).toBe("2026-12-30");

    expect((await supplierDashboard(ciso)).gaps).toEqual({ dpa_missing: 1, security_protection_agreement_missing: 0, third_country_basis_missing: 1, requirements_missing: 1 });
    const action = await callRoute(gapAction, token, { method: "POST", params: { id }, body: { gap: "requirements_missing", requirementId: k2.id } });
    expect(action.status).toBe(201);
    expect(action.json).toMatchObject({ title: "Inför krav K2 Krav K2: Lön", source: { type: "contract", id } });
    const wrongGap = await callRoute(gapAction, token, { method: "POST", params: { id }, body: { gap: "security_protection_agreement_missing" } });
    expect(wrongGap.status).toBe(400);

    const set = await callRoute(setRequirement, token, { method: "PATCH", params: { id, requirementId: k2.id }, body: { status: "included", comment: "Bilaga 3" } });
    expect(set.status).toBe(200);
    expect(set.json).toMatchObject({ code: "K2", status: "included", comment: "Bilaga 3" });
    const csv = await callRoute(annex, token, { path: `/api/v1/contracts/${id}/requirements/export?format=csv`, params: { id } });
    expect(csv.status).toBe(200);
    expect(await csv.response.text()).toContain("K2;Krav K2;confidentiality;2;Finns med;Bilaga 3");
    const patched = await callRoute(patchContract, token, {
      method: "PATCH",
      params: { id },
      body: {
        dpa: { signedAt: "2026-01-15", reference: "KS 2026/12" },
        thirdCountryBasis: "EU–US Data Privacy Framework",
        procurementSteps: [{ step: "requirements", involved: true, who: "Samordnaren", at: "2025-11-01" }],
        version: created.json.version,
      },
    });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({ gaps: [], dpa: { signedAt: "2026-01-15", reference: "KS 2026/12" }, procurementSteps: [{ step: "requirements", involved: true, who: "Samordnaren", at: "2025-11-01", note: null }] });
    expect(ids(await callRoute(listContracts, token, { path: "/api/v1/contracts?gap=requirements_missing" }))).toEqual([]);
    const stale = await callRoute(patchContract, token, { method: "PATCH", params: { id }, body: { title: "Ny", version: created.json.version } });
    expect(stale.status).toBe(409);
  });

  it("refuses bad references and roles, and hides other organisations", async () => {
    const [ours, theirs] = await Promise.all([createOrgWithRoles(), createOrgWithRoles()]);
    const [token, reporterToken, theirToken] = await Promise.all([tokenFor(ours.ciso), tokenFor(ours.reporter), tokenFor(theirs.ciso)]);
    const [supplier, foreignAsset] = await Promise.all([createTestSupplier(ours.ciso), classifiedAsset(theirs.ciso, 2)]);

    const wrongDigit = await callRoute(createSupplier, token, { method: "POST", body: { name: "Fel AB", category: "other", orgNumber: "556036-0794" } });
    expect(wrongDigit.status).toBe(400);
    expect(Object.keys(wrongDigit.json.error.fields)).toEqual(["orgNumber"]);

    const foreign = await callRoute(createContract, token, { method: "POST", body: { supplierId: supplier.id, title: "X", assetIds: [foreignAsset.id] } });
    expect(foreign.status).toBe(400);
    expect(Object.keys(foreign.json.error.fields)).toEqual(["assetIds"]);
    expect(await db.contract.count({ where: { organizationId: ours.organization.id } })).toBe(0);

    const created = await callRoute(createContract, token, { method: "POST", body: { supplierId: supplier.id, title: "Drift" } });
    expect(created.status).toBe(201);
    expect((await callRoute(listContracts, reporterToken)).status).toBe(403);
    expect((await callRoute(getContract, reporterToken, { params: { id: created.json.id } })).status).toBe(403);
    expect((await callRoute(getContract, theirToken, { params: { id: created.json.id } })).status).toBe(404);
    expect((await callRoute(patchContract, theirToken, { method: "PATCH", params: { id: created.json.id }, body: { title: "Y", version: 1 } })).status).toBe(404);
  });

  it("lets an information owner read and propose on contracts touching their assets only", async () => {
    const { organization, ciso, informationOwner } = await createOrgWithRoles();
    const [token, ownerToken] = await Promise.all([tokenFor(ciso), tokenFor(informationOwner)]);
    const { k2 } = await createCatalogue(organization.id);
    const [mine, other] = await Promise.all([classifiedAsset(ciso, 2, { ownerId: informationOwner.userId }), classifiedAsset(ciso, 2)]);
    const supplier = await createTestSupplier(ciso);
    const touching = await callRoute(createContract, token, { method: "POST", body: { supplierId: supplier.id, title: "Mitt", assetIds: [mine.id] } });
    const elsewhere = await callRoute(createContract, token, { method: "POST", body: { supplierId: supplier.id, title: "Annat", assetIds: [other.id] } });
    expect(ids(await callRoute(listContracts, ownerToken))).toEqual([touching.json.id]);
    expect((await callRoute(getContract, ownerToken, { params: { id: elsewhere.json.id } })).status).toBe(403);
    const proposed = await callRoute(setRequirement, ownerToken, { method: "PATCH", params: { id: touching.json.id, requirementId: k2.id }, body: { status: "partly" } });
    expect(proposed.status).toBe(200);
    expect((await callRoute(setRequirement, ownerToken, { method: "PATCH", params: { id: elsewhere.json.id, requirementId: k2.id }, body: { status: "partly" } })).status).toBe(403);
    expect((await callRoute(patchContract, ownerToken, { method: "PATCH", params: { id: touching.json.id }, body: { title: "Z", version: 1 } })).status).toBe(403);
  });
});
