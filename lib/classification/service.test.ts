import { describe, expect, it } from "vitest";
import { createAssetSetup, createTestAsset } from "../../test/assets-factories";
import { listClassifications } from "../assets/history";
import { getAsset } from "../assets/queries";
import { updateAsset } from "../assets/service";
import { DEFAULT_LEVELS } from "./schema";
import { classificationSettings } from "./settings";

describe("classification model", () => {
  it("defaults to KLASSA's scale and is readable by asset readers only", async () => {
    const { informationOwner, reporter } = await createAssetSetup();
    const model = await classificationSettings.read(informationOwner);
    expect(model.levels).toHaveLength(5);
    expect(model.levels[4]).toMatchObject({ name: "Synnerligen allvarlig", securityProtection: true });
    expect(model.levels[2].criteria.confidentiality).not.toBe("");
    await expect(classificationSettings.read(reporter)).rejects.toMatchObject({ status: 403 });
  });

  it("lets admin and ciso rename levels while old classifications keep their names", async () => {
    const { ciso, informationOwner, unit } = await createAssetSetup();
    const asset = await createTestAsset(ciso, { orgUnitId: unit.id, confidentiality: 2, integrity: 2, availability: 2 });
    await expect(classificationSettings.write(informationOwner, {}, 1)).rejects.toMatchObject({ status: 403 });
    const renamed = DEFAULT_LEVELS.map((level) => (level.value === 2 ? { ...level, name: "Hög" } : level));
    await classificationSettings.write(ciso, { levels: renamed, reviewIntervalMonths: 24 }, 1);
    expect((await classificationSettings.read(ciso)).levels[2].name).toBe("Hög");
    await updateAsset(ciso, asset.id, { confidentiality: 1, version: 1 });
    const history = await listClassifications(ciso, asset.id);
    expect(history.items.map((entry) => entry.levelNames.integrity)).toEqual(["Hög", "Betydande"]);
  });

  it("refuses a scale that cuts off levels in use, naming the field", async () => {
    const { ciso, unit } = await createAssetSetup();
    await createTestAsset(ciso, { orgUnitId: unit.id, availability: 3 });
    await expect(classificationSettings.write(ciso, { levels: DEFAULT_LEVELS.slice(0, 3) }, 1)).rejects.toMatchObject({ status: 400, fields: { levels: expect.any(Array) } });
    await expect(classificationSettings.write(ciso, { levels: DEFAULT_LEVELS.slice(0, 4) }, 1)).resolves.toMatchObject({ levels: expect.any(Array) });
    await expect(createTestAsset(ciso, { orgUnitId: unit.id, confidentiality: 4 })).rejects.toMatchObject({ status: 400, fields: { confidentiality: expect.any(Array) } });
  });

  it("re-derives every asset when traceability is switched off or required", async () => {
    const { ciso, unit } = await createAssetSetup();
    const asset = await createTestAsset(ciso, { orgUnitId: unit.id, confidentiality: 1, integrity: 1, availability: 1, traceability: 3 });
    expect(asset).toMatchObject({ protectionLevel: 3, classified: true });
    await classificationSettings.write(ciso, { traceabilityRequired: true }, 1);
    const plain = await createTestAsset(ciso, { orgUnitId: unit.id, name: "Utan spårbarhet", confidentiality: 1, integrity: 1, availability: 1 });
    expect(plain.classified).toBe(false);
    await classificationSettings.write(ciso, { traceabilityEnabled: false, traceabilityRequired: true }, 2);
    expect(await getAsset(ciso, asset.id)).toMatchObject({ protectionLevel: 1, classified: true });
    expect(await getAsset(ciso, plain.id)).toMatchObject({ classified: true });
    await expect(updateAsset(ciso, plain.id, { traceability: 1, version: 1 })).rejects.toMatchObject({ status: 400, fields: { traceability: expect.any(Array) } });
  });
});
