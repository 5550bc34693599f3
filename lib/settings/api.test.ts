import { describe, expect, it } from "vitest";
import * as classificationModel from "@/app/api/v1/classification-model/route";
import * as incidentSettings from "@/app/api/v1/settings/incidents/route";
import * as maturitySettings from "@/app/api/v1/settings/maturity/route";
import * as riskSettings from "@/app/api/v1/settings/risk/route";
import { createOrgWithRoles } from "../../test/factories";
import { callRoute, tokenFor } from "../../test/http";
import { db } from "../db/client";

const put = (route: typeof riskSettings.PUT, token: string, path: string, body: Record<string, unknown>) => callRoute(route, token, { method: "PUT", path, body });
const get = (route: typeof riskSettings.GET, token: string, path: string) => callRoute(route, token, { path });

describe("settings sections over HTTP", () => {
  it("keeps both of two sections written at the same moment (10 runs)", async () => {
    for (let run = 0; run < 10; run++) {
      const { admin } = await createOrgWithRoles();
      const token = await tokenFor(admin);
      const [risk, maturity, incidents, model] = await Promise.all([
        put(riskSettings.PUT, token, "/api/v1/settings/risk", { bands: { low: 3, medium: 7, high: 11 }, version: 1 }),
        put(maturitySettings.PUT, token, "/api/v1/settings/maturity", { targets: { kompetens: 3 }, version: 1 }),
        put(incidentSettings.PUT, token, "/api/v1/settings/incidents", { nis2Covered: true, version: 1 }),
        put(classificationModel.PUT, token, "/api/v1/classification-model", { reviewIntervalMonths: 24, version: 1 }),
      ]);
      expect([risk.status, maturity.status, incidents.status, model.status]).toEqual([200, 200, 200, 200]);
      expect((await get(riskSettings.GET, token, "/api/v1/settings/risk")).json).toMatchObject({ bands: { low: 3, medium: 7, high: 11 }, version: 2 });
      expect((await get(maturitySettings.GET, token, "/api/v1/settings/maturity")).json).toEqual({ targets: { kompetens: 3 }, version: 2 });
      expect((await get(incidentSettings.GET, token, "/api/v1/settings/incidents")).json).toMatchObject({ nis2Covered: true, version: 2 });
      expect((await get(classificationModel.GET, token, "/api/v1/classification-model")).json).toMatchObject({ reviewIntervalMonths: 24, version: 2 });
    }
  });

  it("answers 409 to a write based on a stale version, and keeps the newer one", async () => {
    const { admin, organization } = await createOrgWithRoles();
    const token = await tokenFor(admin);
    const first = await put(maturitySettings.PUT, token, "/api/v1/settings/maturity", { targets: { kompetens: 2 }, version: 1 });
    expect(first.json).toEqual({ targets: { kompetens: 2 }, version: 2 });
    const stale = await put(maturitySettings.PUT, token, "/api/v1/settings/maturity", { targets: { kompetens: 4 }, version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.json.error.code).toBe("conflict");
    expect((await get(maturitySettings.GET, token, "/api/v1/settings/maturity")).json).toEqual({ targets: { kompetens: 2 }, version: 2 });
    const events = await db.auditEvent.count({ where: { organizationId: organization.id, action: "settings.maturity" } });
    expect(events).toBe(1);
  });

  it("lets one of two writes of the same section at the same version through, and answers the other 409", async () => {
    const { admin } = await createOrgWithRoles();
    const token = await tokenFor(admin);
    const answers = await Promise.all(
      [2, 4].map((kompetens) => put(maturitySettings.PUT, token, "/api/v1/settings/maturity", { targets: { kompetens }, version: 1 })),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
  });

  it("refuses a PUT without a version, and checks the write permission before the body", async () => {
    const { admin, ciso } = await createOrgWithRoles();
    const missing = await put(riskSettings.PUT, await tokenFor(admin), "/api/v1/settings/risk", { bands: { low: 2, medium: 6, high: 12 } });
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.json.error.fields)).toEqual(["version"]);
    // Risk acceptance criteria are admin's alone, so the ciso is refused before the body is read.
    expect((await put(riskSettings.PUT, await tokenFor(ciso), "/api/v1/settings/risk", { nonsense: true })).status).toBe(403);
  });
});
