import { describe, expect, it } from "vitest";
import { createAssetSetup, createTestAsset } from "../../test/assets-factories";
import { createOrganization, createPrincipal } from "../../test/factories";
import { actionsFor } from "../actions/queries";
import { createAction } from "../actions/service";
import { db } from "../db/client";
import { listAssetRequirements, setAssetRequirementStatus } from "./asset-requirements";
import { createRequirement, deleteRequirement, listRequirements, updateRequirement } from "./requirements";
import { requirementListQuerySchema } from "./requirements-schema";

async function catalogue() {
  const setup = await createAssetSetup();
  const mfa = await createRequirement(setup.ciso, { code: "TEK-01", title: "Flerfaktorsautentisering", category: "technical", aspect: "confidentiality", minLevel: 2 });
  const crypto = await createRequirement(setup.ciso, { code: "TEK-02", title: "Kryptering", category: "technical", aspect: "confidentiality", minLevel: 3 });
  const backup = await createRequirement(setup.admin, { code: "TEK-04", title: "Säkerhetskopiering", category: "technical", aspect: "availability", minLevel: 2 });
  return { ...setup, mfa, crypto, backup };
}

describe("security requirements", () => {
  it("is a catalogue admin and ciso manage and asset readers read", async () => {
    const { ciso, informationOwner, reporter, mfa } = await catalogue();
    await expect(createRequirement(informationOwner, { code: "X", title: "X", category: "physical", aspect: "availability", minLevel: 1 })).rejects.toMatchObject({ status: 403 });
    await expect(createRequirement(ciso, { code: "TEK-01", title: "Dubblett", category: "technical", aspect: "integrity", minLevel: 1 })).rejects.toMatchObject({ status: 400, fields: { code: expect.any(Array) } });
    const listed = await listRequirements(informationOwner, requirementListQuerySchema.parse({ aspect: "confidentiality" }));
    expect(listed.items.map((requirement) => requirement.code)).toEqual(["TEK-01", "TEK-02"]);
    await expect(listRequirements(reporter, requirementListQuerySchema.parse({}))).rejects.toMatchObject({ status: 403 });
    await expect(updateRequirement(ciso, mfa.id, { minLevel: 1, version: 1 })).resolves.toMatchObject({ minLevel: 1, version: 2 });
    const other = await createPrincipal(await createOrganization("Annan"), "ciso");
    await expect(deleteRequirement(other, mfa.id)).rejects.toMatchObject({ status: 404 });
  });

  it("lists the requirements an asset's levels call for, not met until someone says otherwise", async () => {
    const { ciso, informationOwner, unit } = await catalogue();
    const asset = await createTestAsset(informationOwner, { orgUnitId: unit.id, confidentiality: 2, integrity: 1, availability: 2 });
    const listed = await listAssetRequirements(ciso, asset.id);
    expect(listed.items.map((item) => [item.code, item.status])).toEqual([
      ["TEK-01", "not_met"],
      ["TEK-04", "not_met"],
    ]);
    const unclassified = await createTestAsset(ciso, { orgUnitId: unit.id, name: "Oklassad" });
    expect((await listAssetRequirements(ciso, unclassified.id)).items).toEqual([]);
  });

  it("lets those who may write the asset record a status, audited on the asset", async () => {
    const { ciso, informationOwner, organization, auditor, unit, mfa, crypto } = await catalogue();
    const asset = await createTestAsset(informationOwner, { orgUnitId: unit.id, confidentiality: 2, integrity: 1, availability: 1 });
    const met = await setAssetRequirementStatus(informationOwner, asset.id, mfa.id, { status: "partly", note: "Bara för administratörer." });
    expect(met).toMatchObject({ code: "TEK-01", status: "partly", note: "Bara för administratörer." });
    await setAssetRequirementStatus(informationOwner, asset.id, mfa.id, { status: "met" });
    expect((await listAssetRequirements(auditor, asset.id)).items[0]).toMatchObject({ status: "met", note: null });
    const colleague = await createPrincipal(organization, "information_owner");
    await expect(setAssetRequirementStatus(colleague, asset.id, mfa.id, { status: "met" })).rejects.toMatchObject({ status: 403 });
    await expect(setAssetRequirementStatus(ciso, asset.id, crypto.id, { status: "met" })).rejects.toMatchObject({ status: 400, fields: { requirementId: expect.any(Array) } });
    const other = await createPrincipal(await createOrganization("Annan"), "ciso");
    await expect(setAssetRequirementStatus(other, asset.id, mfa.id, { status: "met" })).rejects.toMatchObject({ status: 404 });
    const otherRequirement = await createRequirement(other, { code: "TEK-01", title: "MFA", category: "technical", aspect: "confidentiality", minLevel: 0 });
    await expect(setAssetRequirementStatus(ciso, asset.id, otherRequirement.id, { status: "met" })).rejects.toMatchObject({ status: 404 });
    const events = await db.auditEvent.findMany({ where: { entityId: asset.id, action: "requirement.status" } });
    expect(events).toHaveLength(2);
  });

  it("turns a gap into an action with the asset as source", async () => {
    const { ciso, informationOwner, unit } = await catalogue();
    const asset = await createTestAsset(informationOwner, { orgUnitId: unit.id, confidentiality: 3, integrity: 1, availability: 1 });
    await createAction(ciso, { title: "Inför kryptering", status: "planned", ownerId: informationOwner.userId, source: { type: "asset", id: asset.id } });
    expect((await actionsFor(informationOwner, "asset", asset.id)).map((action) => action.title)).toEqual(["Inför kryptering"]);
  });
});
