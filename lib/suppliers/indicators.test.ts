import { describe, expect, it } from "vitest";
import { GET as indicators } from "@/app/api/v1/indicators/route";
import { createContract, setContractRequirementStatus } from "../contracts/service";
import { stockholmToday } from "../dates";
import { createFollowUp } from "./follow-up-service";
import { classifiedAsset, createTestSupplier } from "../../test/suppliers-factories";
import { createOrgWithRoles } from "../../test/factories";
import { callRoute, tokenFor } from "../../test/http";
import { db } from "../db/client";

describe("upphandling indicators", () => {
  it("count exactly the contracts, suppliers and procurements created", async () => {
    const { organization, ciso } = await createOrgWithRoles();
    const k2 = await db.securityRequirement.create({ data: { organizationId: organization.id, code: "K2", title: "Kryptering", category: "technical", aspect: "confidentiality", minLevel: 2 } });
    const [personal, plain] = await Promise.all([classifiedAsset(ciso, 2, { personalData: true }), classifiedAsset(ciso, 1)]);
    const [domestic, foreign] = await Promise.all([createTestSupplier(ciso, { name: "Svensk AB" }), createTestSupplier(ciso, { name: "Payroll Inc", country: "US" })]);
    const step = (involved: boolean) => [{ step: "requirements" as const, involved }];
    // Inside the default window (the last 24 months) whenever the test runs.
    const recent = stockholmToday(new Date(Date.now() - 30 * 86_400_000));

    // c1: everything in place; c2: requirement missing, no DPA, transfer basis, security left out;
    // c3: classified without triggered requirements, started long ago; c4: terminated, counted nowhere.
    const c1 = await createContract(ciso, { supplierId: domestic.id, title: "C1", status: "active", assetIds: [personal.id], dpa: { signedAt: recent, reference: "D1" }, startsAt: recent, procurementSteps: step(true) });
    await createContract(ciso, { supplierId: foreign.id, title: "C2", status: "active", assetIds: [personal.id], thirdCountryBasis: "SCC", startsAt: recent, procurementSteps: step(false) });
    await createContract(ciso, { supplierId: foreign.id, title: "C3", status: "active", assetIds: [plain.id], startsAt: new Date("2010-01-01") });
    await createContract(ciso, { supplierId: domestic.id, title: "C4", status: "terminated", assetIds: [personal.id] });
    await setContractRequirementStatus(ciso, c1.id, k2.id, { status: "included" });
    await createFollowUp(ciso, { supplierId: domestic.id, performedAt: recent, method: "certificate_check", result: "approved" });

    const answer = await callRoute(indicators, await tokenFor(ciso), { path: "/api/v1/indicators?perspective=upphandling" });
    expect(answer.status).toBe(200);
    const byKey = Object.fromEntries(answer.json.items.map((item: { key: string; numerator: number; denominator: number }) => [item.key, [item.numerator, item.denominator]]));
    expect(byKey).toEqual({
      "contracts.requirements_share": [2, 3],
      "contracts.dpa_share": [1, 2],
      "suppliers.followed_up_share": [1, 2],
      "procurements.security_involved_share": [1, 2],
      "suppliers.third_country_basis_share": [1, 1],
    });
  });
});
