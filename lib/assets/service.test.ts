import { describe, expect, it } from "vitest";
import { createAssetSetup, createTestAsset } from "../../test/assets-factories";
import { createOrganization, createOrgUnit, createPrincipal } from "../../test/factories";
import { db } from "../db/client";
import { listClassifications } from "./history";
import { getAsset, listAssets } from "./queries";
import { assetCreateSchema, assetListQuerySchema } from "./schema";
import { deleteAsset, reviewAsset, updateAsset } from "./service";

const query = (input: Record<string, string> = {}) => assetListQuerySchema.parse(input);
const DAY = 86_400_000;

describe("assets", () => {
  it("derives protection level and classified from the levels (C2 I3 A1 → 3, classified)", async () => {
    const { ciso, unit } = await createAssetSetup();
    const classified = await createTestAsset(ciso, { orgUnitId: unit.id, confidentiality: 2, integrity: 3, availability: 1 });
    expect(classified).toMatchObject({ protectionLevel: 3, classified: true, classifiedById: ciso.userId, securityProtectionFlag: false });
    const dueIn = new Date(classified.reviewDueAt!).getTime() - new Date(classified.classifiedAt!).getTime();
    expect(dueIn).toBeGreaterThan(364 * DAY);
    expect(dueIn).toBeLessThan(367 * DAY);
    const unclassified = await createTestAsset(ciso, { orgUnitId: unit.id, name: "Mötesanteckningar" });
    expect(unclassified).toMatchObject({ protectionLevel: null, classified: false, classifiedAt: null, reviewDueAt: null });
    expect(await db.assetClassification.count({ where: { assetId: unclassified.id } })).toBe(0);
  });

  it("answers 400 naming the field for a level outside the scale", async () => {
    const { ciso, unit } = await createAssetSetup();
    await expect(createTestAsset(ciso, { orgUnitId: unit.id, confidentiality: 5 })).rejects.toMatchObject({ status: 400, fields: { confidentiality: expect.any(Array) } });
    const parsed = assetCreateSchema.safeParse({ name: "X", orgUnitId: unit.id, integrity: -1 });
    expect(parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join("."))).toEqual(["integrity"]);
  });

  it("flags säkerhetsskyddsklassificerad information (level 4)", async () => {
    const { ciso, unit } = await createAssetSetup();
    expect((await createTestAsset(ciso, { orgUnitId: unit.id, confidentiality: 4 })).securityProtectionFlag).toBe(true);
  });

  it("lets an information owner create (owning by default) and update their own asset but not another's", async () => {
    const { ciso, informationOwner, organization, unit } = await createAssetSetup();
    const mine = await createTestAsset(informationOwner, { orgUnitId: unit.id, name: "Elevregister" });
    expect(mine.ownerId).toBe(informationOwner.userId);
    await expect(updateAsset(informationOwner, mine.id, { confidentiality: 3, version: 1 })).resolves.toMatchObject({ protectionLevel: 3, version: 2 });
    const colleague = await createPrincipal(organization, "information_owner");
    const theirs = await createTestAsset(ciso, { orgUnitId: unit.id, ownerId: colleague.userId });
    await expect(updateAsset(informationOwner, theirs.id, { name: "Ändrad", version: 1 })).rejects.toMatchObject({ status: 403 });
    await expect(deleteAsset(informationOwner, mine.id)).rejects.toMatchObject({ status: 403 });
  });

  it("denies reporters (403) and hides other organisations' assets (404)", async () => {
    const { ciso, reporter, auditor, unit } = await createAssetSetup();
    const asset = await createTestAsset(ciso, { orgUnitId: unit.id });
    await expect(listAssets(reporter, query())).rejects.toMatchObject({ status: 403 });
    await expect(getAsset(reporter, asset.id)).rejects.toMatchObject({ status: 403 });
    await expect(updateAsset(auditor, asset.id, { name: "x", version: 1 })).rejects.toMatchObject({ status: 403 });
    const other = await createPrincipal(await createOrganization("Annan"), "ciso");
    await expect(getAsset(other, asset.id)).rejects.toMatchObject({ status: 404 });
    await expect(updateAsset(other, asset.id, { name: "x", version: 1 })).rejects.toMatchObject({ status: 404 });
    await expect(listClassifications(other, asset.id)).rejects.toMatchObject({ status: 404 });
    expect((await listAssets(other, query())).total).toBe(0);
  });

  it("rejects an org unit or owner from another organisation as 400 naming the field", async () => {
    const { ciso, unit } = await createAssetSetup();
    const otherOrg = await createOrganization("Annan");
    const foreignUnit = await createOrgUnit(otherOrg.id);
    const stranger = await createPrincipal(otherOrg, "ciso");
    await expect(createTestAsset(ciso, { orgUnitId: foreignUnit.id })).rejects.toMatchObject({ status: 400, fields: { orgUnitId: expect.any(Array) } });
    await expect(createTestAsset(ciso, { orgUnitId: unit.id, ownerId: stranger.userId })).rejects.toMatchObject({ status: 400, fields: { ownerId: expect.any(Array) } });
  });

  it("searches by name and filters by classification, level, owner and review", async () => {
    const { ciso, informationOwner, unit } = await createAssetSetup();
    const journal = await createTestAsset(ciso, { orgUnitId: unit.id, name: "Journal HSL", confidentiality: 3, integrity: 3, availability: 3 });
    await createTestAsset(ciso, { orgUnitId: unit.id, name: "Bygglovsärenden", ownerId: informationOwner.userId, confidentiality: 1, integrity: 2, availability: 1 });
    await createTestAsset(ciso, { orgUnitId: unit.id, name: "Diariet" });
    await db.asset.update({ where: { id: journal.id }, data: { reviewDueAt: new Date(Date.now() - DAY) } });
    const names = async (input: Record<string, string>) => (await listAssets(ciso, query(input))).items.map((asset) => asset.name);
    expect(await names({ q: "JOURNAL" })).toEqual(["Journal HSL"]);
    expect(await names({ classified: "false" })).toEqual(["Diariet"]);
    expect(await names({ protectionLevel: "2" })).toEqual(["Bygglovsärenden"]);
    expect(await names({ ownerId: informationOwner.userId })).toEqual(["Bygglovsärenden"]);
    expect(await names({ reviewOverdue: "true" })).toEqual(["Journal HSL"]);
    expect(await names({ hasOwner: "false", sort: "name:asc" })).toEqual(["Diariet", "Journal HSL"]);
    expect(await names({ sort: "protectionLevel:desc" })).toEqual(["Journal HSL", "Bygglovsärenden", "Diariet"]);
    expect((await listAssets(ciso, query({ orgUnitId: unit.id, pageSize: "2" }))).total).toBe(3);
  });

  it("keeps a history of classifications with motivations and renews the review on 'reviewed, no change'", async () => {
    const { ciso, informationOwner, unit } = await createAssetSetup();
    const asset = await createTestAsset(informationOwner, { orgUnitId: unit.id, confidentiality: 1, integrity: 1, availability: 1 });
    await updateAsset(informationOwner, asset.id, { name: "Personakter IFO", version: 1 });
    expect(await db.assetClassification.count({ where: { assetId: asset.id } })).toBe(1);
    const motivated = await updateAsset(informationOwner, asset.id, {
      confidentiality: 3,
      motivations: { confidentiality: "Känsliga personuppgifter om barn." },
      version: 2,
    });
    expect(motivated.motivations).toEqual({ confidentiality: "Känsliga personuppgifter om barn." });
    await db.asset.update({ where: { id: asset.id }, data: { reviewDueAt: new Date(Date.now() - DAY) } });
    const reviewed = await reviewAsset(informationOwner, asset.id, 3);
    expect(reviewed.reviewOverdue).toBe(false);
    expect(new Date(reviewed.reviewDueAt!).getTime()).toBeGreaterThan(Date.now() + 360 * DAY);
    expect(reviewed.classifiedAt).toBe(motivated.classifiedAt);
    const history = await listClassifications(ciso, asset.id);
    expect(history.items.map((entry) => [entry.kind, entry.confidentiality, entry.levelNames.confidentiality])).toEqual([
      ["reviewed", 3, "Allvarlig"],
      ["classified", 3, "Allvarlig"],
      ["classified", 1, "Måttlig"],
    ]);
    expect(history.items[1]).toMatchObject({ motivations: { confidentiality: "Känsliga personuppgifter om barn." }, classifiedByName: informationOwner.name });
    const events = await db.auditEvent.findMany({ where: { entityId: asset.id }, orderBy: { at: "asc" } });
    expect(events.map((event) => event.action)).toEqual(["create", "update", "update", "review"]);
  });

  it("refuses to review an unclassified asset and answers 409 on a stale version", async () => {
    const { ciso, unit } = await createAssetSetup();
    const asset = await createTestAsset(ciso, { orgUnitId: unit.id });
    await expect(reviewAsset(ciso, asset.id, 1)).rejects.toMatchObject({ status: 400 });
    await updateAsset(ciso, asset.id, { name: "B", version: 1 });
    await expect(updateAsset(ciso, asset.id, { name: "C", version: 1 })).rejects.toMatchObject({ status: 409 });
  });

  it("links systems to the information they hold and shows when their protection is lower", async () => {
    const { ciso, unit } = await createAssetSetup();
    const journal = await createTestAsset(ciso, { orgUnitId: unit.id, name: "Journal", confidentiality: 3, integrity: 2, availability: 2 });
    const register = await createTestAsset(ciso, { orgUnitId: unit.id, name: "Register", confidentiality: 1, integrity: 1, availability: 1 });
    const system = await createTestAsset(ciso, { orgUnitId: unit.id, name: "Verksamhetssystem", kind: "system", confidentiality: 2, integrity: 2, availability: 2, holdsIds: [journal.id, register.id] });
    expect(system).toMatchObject({ requiredProtectionLevel: 3, protectionBelowRequired: true });
    expect(system.holds.map((held) => held.name).sort()).toEqual(["Journal", "Register"]);
    expect((await getAsset(ciso, journal.id)).heldBy.map((holder) => holder.id)).toEqual([system.id]);
    const raised = await updateAsset(ciso, system.id, { confidentiality: 3, version: 1 });
    expect(raised).toMatchObject({ protectionBelowRequired: false, holdsIds: expect.arrayContaining([journal.id, register.id]) });
    await expect(createTestAsset(ciso, { orgUnitId: unit.id, name: "Info", holdsIds: [journal.id] })).rejects.toMatchObject({ status: 400, fields: { holdsIds: expect.any(Array) } });
    await expect(createTestAsset(ciso, { orgUnitId: unit.id, kind: "service", holdsIds: [system.id] })).rejects.toMatchObject({ status: 400, fields: { holdsIds: expect.any(Array) } });
    const other = await createPrincipal(await createOrganization("Annan"), "ciso");
    const foreign = await createTestAsset(other);
    await expect(updateAsset(ciso, system.id, { holdsIds: [foreign.id], version: 2 })).rejects.toMatchObject({ status: 400, fields: { holdsIds: expect.any(Array) } });
    const emptied = await updateAsset(ciso, system.id, { kind: "other", version: 2 });
    expect(emptied.holdsIds).toEqual([]);
  });

  it("lets admin and ciso delete, cascading links and history", async () => {
    const { admin, unit } = await createAssetSetup();
    const asset = await createTestAsset(admin, { orgUnitId: unit.id, confidentiality: 1, integrity: 1, availability: 1 });
    await deleteAsset(admin, asset.id);
    expect(await db.assetClassification.count({ where: { assetId: asset.id } })).toBe(0);
    await expect(getAsset(admin, asset.id)).rejects.toMatchObject({ status: 404 });
  });
});
