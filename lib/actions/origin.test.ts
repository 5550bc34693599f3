import { describe, expect, it } from "vitest";
import * as actionRoute from "@/app/api/v1/actions/[id]/route";
import * as actionsRoute from "@/app/api/v1/actions/route";
import * as risksRoute from "@/app/api/v1/risks/route";
import { createOrgWithRoles } from "../../test/factories";
import { callRoute } from "../../test/http";

describe("an action's origin", () => {
  it("names the record it came from, but only to readers who may read every record of that type", async () => {
    const org = await createOrgWithRoles();
    const risk = await callRoute(risksRoute.POST, org.ciso, { body: { title: "Obehörig åtkomst till löneregistret", likelihood: 2, consequence: 3 } });
    const action = await callRoute(actionsRoute.POST, org.ciso, { body: { title: "Inför behörighetsgranskning", source: { type: "risk", id: risk.json.id } } });
    expect(action.status).toBe(201);

    const asCiso = await callRoute(actionRoute.GET, org.ciso, { params: { id: action.json.id } });
    expect(asCiso.json.source).toEqual({ type: "risk", id: risk.json.id, title: "Obehörig åtkomst till löneregistret" });
    // An information owner reads actions but only their own risks: the title stays hidden.
    const asOwner = await callRoute(actionRoute.GET, org.informationOwner, { params: { id: action.json.id } });
    expect(asOwner.json.source).toEqual({ type: "risk", id: risk.json.id, title: null });
    const listed = await callRoute(actionsRoute.GET, org.management);
    expect(listed.json.items[0].source.title).toBe("Obehörig åtkomst till löneregistret");
  });
});
