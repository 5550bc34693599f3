import { describe, expect, it } from "vitest";
import * as assetOptionsRoute from "@/app/api/v1/assets/options/route";
import * as userOptionsRoute from "@/app/api/v1/users/options/route";
import { createOrganization, createOrgUnit, createOrgWithRoles, createPrincipal } from "../../test/factories";
import { callRoute } from "../../test/http";
import { createTestRisk } from "../../test/risks-factories";
import { db } from "../db/client";
import { orgUnitOptions } from "../org-units/queries";
import { riskOptions } from "../risks/options";

/** An organisation with 30 assets (a few systems, some owned by the information owner) and one in another organisation. */
async function setup() {
  const roles = await createOrgWithRoles();
  const unit = await createOrgUnit(roles.organization.id, "Socialförvaltningen");
  const rows = Array.from({ length: 30 }, (_, i) => ({
    organizationId: roles.organization.id,
    orgUnitId: unit.id,
    name: `Ärende ${String(i).padStart(2, "0")}`,
    kind: i < 3 ? ("system" as const) : ("information" as const),
    ownerId: i % 10 === 0 ? roles.informationOwner.userId : null,
    protectionLevel: 2,
  }));
  await db.asset.createMany({ data: rows });
  const other = await createOrganization("Grannkommunen");
  await db.asset.create({ data: { organizationId: other.id, orgUnitId: (await createOrgUnit(other.id)).id, name: "Ärende i grannkommunen" } });
  return roles;
}

const options = (route: typeof assetOptionsRoute.GET, who: Parameters<typeof callRoute>[1], query: string) =>
  callRoute(route, who, { path: `/api/v1/options?${query}` });

describe("options endpoints for the server-searched pickers", () => {
  it("answer a page of asset names matching q, never the whole register, narrowed by kind and mine", async () => {
    const { ciso, informationOwner, reporter } = await setup();
    const page = await options(assetOptionsRoute.GET, ciso, "q=ärende");
    expect(page.status).toBe(200);
    expect(page.json.items).toHaveLength(20);
    expect(page.json.items[0]).toEqual({ id: expect.any(String), name: "Ärende 00", protectionLevel: 2 });
    expect((await options(assetOptionsRoute.GET, ciso, "q=ärende&take=5")).json.items).toHaveLength(5);
    expect((await options(assetOptionsRoute.GET, ciso, "q=ärende&take=500")).status).toBe(400);
    const systems = await options(assetOptionsRoute.GET, ciso, "kind=system");
    expect(systems.json.items.map((item: { name: string }) => item.name)).toEqual(["Ärende 00", "Ärende 01", "Ärende 02"]);
    const mine = await options(assetOptionsRoute.GET, informationOwner, "mine=true");
    expect(mine.json.items.map((item: { name: string }) => item.name)).toEqual(["Ärende 00", "Ärende 10", "Ärende 20"]);
    // A reporter names what an incident affected: names only, nothing of the classification.
    const named = await options(assetOptionsRoute.GET, reporter, "q=ärende 1&take=50");
    expect(named.json.items).toHaveLength(10);
    expect(named.json.items.every((item: object) => Object.keys(item).sort().join() === "id,name")).toBe(true);
  });

  it("answer user names only, no e-mail address, and refuse a reporter", async () => {
    const { admin, informationOwner, reporter, organization } = await createOrgWithRoles();
    await createPrincipal(organization, "auditor", "Karin Berg");
    const answer = await options(userOptionsRoute.GET, informationOwner, "q=karin");
    expect(answer.status).toBe(200);
    expect(answer.json.items).toEqual([{ id: expect.any(String), name: "Karin Berg" }]);
    expect(JSON.stringify((await options(userOptionsRoute.GET, admin, "")).json)).not.toContain("@");
    expect((await options(userOptionsRoute.GET, reporter, "q=karin")).status).toBe(403);
  });

  it("offer only the risks the user may read, and the organisation's units by name", async () => {
    const { ciso, informationOwner, organization } = await createOrgWithRoles();
    const owned = await db.asset.create({ data: { organizationId: organization.id, orgUnitId: (await createOrgUnit(organization.id, "Bygg")).id, name: "Bygglov", ownerId: informationOwner.userId } });
    const mine = await createTestRisk(ciso, { title: "Risk för bygglovet", assetIds: [owned.id] });
    await createTestRisk(ciso, { title: "Risk för löner" });
    expect((await riskOptions(informationOwner, { q: "risk", take: 20 })).items).toEqual([{ id: mine.id, name: mine.title, identifiedAt: expect.any(String) }]);
    expect((await riskOptions(ciso, { q: "risk", take: 20 })).items).toHaveLength(2);
    await createOrgUnit(organization.id, "Arkiv");
    expect((await orgUnitOptions(informationOwner)).map((unit) => unit.name)).toEqual(["Arkiv", "Bygg"]);
  });
});
