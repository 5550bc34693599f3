import { describe, expect, it } from "vitest";
import * as incidentsRoute from "@/app/api/v1/incidents/route";
import * as risksRoute from "@/app/api/v1/risks/route";
import { createAssetSetup, createTestAsset } from "../../test/assets-factories";
import { callRoute } from "../../test/http";
import { assetLinkedRecords } from "./linked-records";

describe("what links to an asset", () => {
  it("lists the risks and incidents that name the asset, within what the reader may see", async () => {
    const org = await createAssetSetup();
    const mine = await createTestAsset(org.ciso, { name: "Elevregistret", ownerId: org.informationOwner.userId });
    const other = await createTestAsset(org.ciso, { name: "Ekonomisystemet" });
    const risk = await callRoute(risksRoute.POST, org.ciso, { body: { title: "Obehörig läsning av elevuppgifter", likelihood: 2, consequence: 3, assetIds: [mine.id] } });
    await callRoute(risksRoute.POST, org.ciso, { body: { title: "Fel i bokföringen", likelihood: 2, consequence: 2, assetIds: [other.id] } });
    const incident = await callRoute(incidentsRoute.POST, org.reporter, {
      body: { title: "Elevlista skickad till fel mottagare", description: "Skickades till fel förälder.", occurredAt: new Date(Date.now() - 3_600_000).toISOString(), detectedAt: new Date().toISOString(), assetIds: [mine.id] },
    });
    expect([risk.status, incident.status]).toEqual([201, 201]);

    const asOwner = await assetLinkedRecords(org.informationOwner, mine.id);
    expect(asOwner.risks?.map((r) => r.title)).toEqual(["Obehörig läsning av elevuppgifter"]);
    expect(asOwner.incidents?.map((i) => i.href)).toEqual([`/incidenter/${incident.json.id}`]);
    expect((await assetLinkedRecords(org.management, other.id)).risks?.map((r) => r.title)).toEqual(["Fel i bokföringen"]);
    // The owner of one asset reads no risk of another asset.
    expect((await assetLinkedRecords(org.informationOwner, other.id)).risks).toEqual([]);
  });
});
