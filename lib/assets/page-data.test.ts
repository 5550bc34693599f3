import { describe, expect, it } from "vitest";
import { createAssetSetup, createTestAsset } from "../../test/assets-factories";
import { db } from "../db/client";
import { assetOptions } from "./options";
import { assetDashboard } from "./page-data";

const DAY = 86_400_000;

describe("asset dashboard", () => {
  it("counts classified, overdue and ownerless assets, and an information owner's own", async () => {
    const { ciso, informationOwner, reporter, unit } = await createAssetSetup();
    const overdue = await createTestAsset(informationOwner, { orgUnitId: unit.id, name: "A", confidentiality: 1, integrity: 1, availability: 1 });
    await db.asset.update({ where: { id: overdue.id }, data: { reviewDueAt: new Date(Date.now() - DAY) } });
    const soon = await createTestAsset(informationOwner, { orgUnitId: unit.id, name: "B", confidentiality: 2, integrity: 2, availability: 2 });
    await db.asset.update({ where: { id: soon.id }, data: { reviewDueAt: new Date(Date.now() + 10 * DAY) } });
    await createTestAsset(informationOwner, { orgUnitId: unit.id, name: "C" });
    await createTestAsset(ciso, { orgUnitId: unit.id, name: "D", confidentiality: 0, integrity: 0, availability: 0 });

    expect(await assetDashboard(ciso)).toEqual({ total: 4, classified: 3, reviewOverdue: 1, withoutOwner: 1, mine: null });
    expect((await assetDashboard(informationOwner))?.mine).toEqual({ total: 3, reviewOverdue: 1, reviewSoon: 1, unclassified: 1 });
    expect(await assetDashboard(reporter)).toBeNull();
  });

  it("offers only information sets for a system to hold", async () => {
    const { ciso, unit } = await createAssetSetup();
    await createTestAsset(ciso, { orgUnitId: unit.id, name: "Journal", confidentiality: 3 });
    await createTestAsset(ciso, { orgUnitId: unit.id, name: "System", kind: "system" });
    expect(await assetOptions(ciso, { kind: "information", take: 20 })).toEqual({ items: [{ id: expect.any(String), name: "Journal", protectionLevel: 3 }] });
  });
});
