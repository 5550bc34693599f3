import { describe, expect, it } from "vitest";
import { PUT as putStatuses } from "@/app/api/v1/assets/[id]/requirements/route";
import { createAssetSetup, createTestAsset } from "../../test/assets-factories";
import { callRoute } from "../../test/http";
import { db } from "../db/client";
import { listAssetRequirements } from "./asset-requirements";
import { createRequirement } from "./requirements";

async function assetWithRequirements() {
  const setup = await createAssetSetup();
  const [mfa, backup, crypto] = [
    await createRequirement(setup.ciso, { code: "TEK-01", title: "Flerfaktorsautentisering", category: "technical", aspect: "confidentiality", minLevel: 2 }),
    await createRequirement(setup.ciso, { code: "TEK-04", title: "Säkerhetskopiering", category: "technical", aspect: "availability", minLevel: 2 }),
    await createRequirement(setup.ciso, { code: "TEK-02", title: "Kryptering", category: "technical", aspect: "confidentiality", minLevel: 3 }),
  ];
  const asset = await createTestAsset(setup.informationOwner, { orgUnitId: setup.unit.id, confidentiality: 2, integrity: 1, availability: 2 });
  return { ...setup, asset, mfa, backup, crypto };
}

const put = (who: Parameters<typeof callRoute>[1], assetId: string, items: unknown[]) =>
  callRoute(putStatuses, who, { method: "PUT", path: `/api/v1/assets/${assetId}/requirements`, params: { id: assetId }, body: { items } });

describe("PUT /api/v1/assets/{id}/requirements: every status of an asset saved together", () => {
  it("saves all rows in one request and audits only the rows that changed", async () => {
    const { informationOwner, auditor, asset, mfa, backup } = await assetWithRequirements();
    const saved = await put(informationOwner, asset.id, [
      { requirementId: mfa.id, status: "met", note: "MFA för alla." },
      { requirementId: backup.id, status: "partly" },
    ]);
    expect(saved.status).toBe(200);
    expect(saved.json.items.map((item: { code: string; status: string }) => [item.code, item.status])).toEqual([
      ["TEK-01", "met"],
      ["TEK-04", "partly"],
    ]);
    // The same form sent again with one change: one more audit event, for that row only.
    await put(informationOwner, asset.id, [
      { requirementId: mfa.id, status: "met", note: "MFA för alla." },
      { requirementId: backup.id, status: "met" },
    ]);
    const events = await db.auditEvent.findMany({ where: { entityId: asset.id, action: "requirement.status" } });
    expect(events).toHaveLength(3);
    expect((await listAssetRequirements(auditor, asset.id)).items.map((item) => [item.code, item.status, item.note])).toEqual([
      ["TEK-01", "met", "MFA för alla."],
      ["TEK-04", "met", null],
    ]);
  });

  it("is all or nothing: one requirement that does not apply refuses the whole form", async () => {
    const { ciso, auditor, asset, mfa, crypto } = await assetWithRequirements();
    const refused = await put(ciso, asset.id, [
      { requirementId: mfa.id, status: "met" },
      { requirementId: crypto.id, status: "met" },
    ]);
    expect(refused.status).toBe(400);
    expect((await listAssetRequirements(auditor, asset.id)).items.map((item) => item.status)).toEqual(["not_met", "not_met"]);
    expect((await put(ciso, asset.id, [{ requirementId: mfa.id, status: "met" }, { requirementId: mfa.id, status: "partly" }])).status).toBe(400);
  });

  it("is refused to those who may not write the asset", async () => {
    const { auditor, reporter, asset, mfa } = await assetWithRequirements();
    for (const who of [auditor, reporter]) expect((await put(who, asset.id, [{ requirementId: mfa.id, status: "met" }])).status).toBe(403);
  });
});
