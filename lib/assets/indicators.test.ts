import { describe, expect, it } from "vitest";
import { createAssetSetup, createTestAsset } from "../../test/assets-factories";
import { createOrganization, createOrgUnit, createPrincipal } from "../../test/factories";
import { db } from "../db/client";
import { DEMO_ORG_UNITS, type DemoContext } from "../demo/context";
import { computeIndicators } from "../indicators/queries";
import { seedAssetsDemo } from "./demo";
import { getAsset, listAssets } from "./queries";
import { assetListQuerySchema } from "./schema";

const byKey = (items: { key: string; numerator: number | null; denominator: number | null }[]) =>
  Object.fromEntries(items.map((item) => [item.key, [item.numerator, item.denominator]]));

describe("asset indicators", () => {
  it("count exactly what was created", async () => {
    const { ciso, informationOwner, organization, unit } = await createAssetSetup();
    await createOrgUnit(organization.id, "Tom enhet");
    const DAY = 86_400_000;
    const overdue = await createTestAsset(ciso, { orgUnitId: unit.id, name: "A", ownerId: informationOwner.userId, confidentiality: 1, integrity: 1, availability: 1 });
    await db.asset.update({ where: { id: overdue.id }, data: { reviewDueAt: new Date(Date.now() - DAY) } });
    await createTestAsset(ciso, { orgUnitId: unit.id, name: "B", confidentiality: 2, integrity: 2, availability: 2 });
    await createTestAsset(ciso, { orgUnitId: unit.id, name: "C", confidentiality: 2 });
    await createTestAsset(informationOwner, { orgUnitId: unit.id, name: "D" });
    const other = await createPrincipal(await createOrganization("Annan"), "ciso");
    await createTestAsset(other, { confidentiality: 1, integrity: 1, availability: 1 });

    const result = await computeIndicators(ciso, { perspective: "informationsklassning" });
    expect(byKey(result.items)).toEqual({
      "assets.classified_share": [2, 4],
      "assets.org_units_covered_share": [1, 2],
      "assets.review_current_share": [1, 2],
      "assets.owner_assigned_share": [2, 4],
    });
    expect(result.items.find((item) => item.key === "assets.classified_share")).toMatchObject({ value: 0.5, perspective: "informationsklassning", href: "/tillgangar?classified=false" });
  });

  it("gives null values for an empty register", async () => {
    const { ciso } = await createAssetSetup();
    const result = await computeIndicators(ciso, { perspective: "informationsklassning" });
    expect(result.items.find((item) => item.key === "assets.classified_share")).toMatchObject({ value: null, denominator: 0 });
  });
});

describe("asset demo data", () => {
  it("seeds a realistic register: classified, unclassified, overdue and held information", async () => {
    const organization = await createOrganization("Exempelkommunen");
    const orgUnits: Record<string, string> = {};
    for (const name of DEMO_ORG_UNITS) orgUnits[name] = (await createOrgUnit(organization.id, name)).id;
    const [admin, ciso, informationOwner, informationOwner2, auditor, management, reporter] = await Promise.all(
      (["admin", "ciso", "information_owner", "information_owner", "auditor", "management", "reporter"] as const).map((role) => createPrincipal(organization, role)),
    );
    const users = { admin, ciso, informationOwner, informationOwner2, auditor, management, reporter };
    await db.$transaction((tx) => {
      const context: DemoContext = { tx, organizationId: organization.id, orgUnits, now: new Date(), users: Object.fromEntries(Object.entries(users).map(([key, user]) => [key, user.userId])) as DemoContext["users"] };
      return seedAssetsDemo(context);
    });
    const all = await listAssets(ciso, assetListQuerySchema.parse({ pageSize: "100" }));
    expect(all.total).toBeGreaterThanOrEqual(25);
    expect(all.items.some((asset) => asset.reviewOverdue)).toBe(true);
    expect(all.items.some((asset) => !asset.classified)).toBe(true);
    expect(all.items.some((asset) => asset.securityProtectionFlag)).toBe(true);
    expect(all.items.some((asset) => asset.protectionBelowRequired)).toBe(true);
    expect(new Set(all.items.map((asset) => asset.orgUnitId)).size).toBe(5);
    const system = all.items.find((asset) => asset.name === "Verksamhetssystem socialtjänst")!;
    expect((await getAsset(ciso, system.id)).holds).toHaveLength(3);
    expect(await db.securityRequirement.count({ where: { organizationId: organization.id } })).toBeGreaterThanOrEqual(10);
  });
});
