import { describe, expect, it } from "vitest";
import * as actionsRoute from "@/app/api/v1/actions/route";
import * as optionsRoute from "@/app/api/v1/records/options/route";
import * as risksRoute from "@/app/api/v1/risks/route";
import { createOrgWithRoles } from "../../test/factories";
import { callRoute } from "../../test/http";
import type { Principal } from "../authz/roles";

const search = (who: Principal, query: string) => callRoute(optionsRoute.GET, who, { path: `/api/v1/records/options?${query}` });

describe("the generic record picker", () => {
  it("finds records of a type by title, for readers of every record of the type, in their own organisation", async () => {
    const org = await createOrgWithRoles();
    const other = await createOrgWithRoles();
    await callRoute(risksRoute.POST, org.ciso, { body: { title: "Ransomware i skolnätet", likelihood: 3, consequence: 3 } });
    await callRoute(actionsRoute.POST, org.ciso, { body: { title: "Säkerhetskopiera skolnätet" } });
    await callRoute(risksRoute.POST, other.ciso, { body: { title: "Ransomware i vården", likelihood: 3, consequence: 3 } });

    const risks = await search(org.ciso, "type=risk&q=ransom");
    expect(risks.status).toBe(200);
    expect(risks.json.items.map((item: { name: string }) => item.name)).toEqual(["Ransomware i skolnätet"]);
    expect((await search(org.management, "type=action&q=skolnät")).json.items).toHaveLength(1);
    // An information owner reads only their own risks: no list of every title.
    expect((await search(org.informationOwner, "type=risk&q=ransom")).status).toBe(403);
    expect((await search(org.reporter, "type=asset&q=a")).status).toBe(403);
    expect((await search(org.ciso, "type=user&q=a")).status).toBe(400);
  });
});
