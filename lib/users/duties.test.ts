import { describe, expect, it } from "vitest";
import * as actionsRoute from "@/app/api/v1/actions/route";
import * as risksRoute from "@/app/api/v1/risks/route";
import * as optionsRoute from "@/app/api/v1/users/options/route";
import { createOrgWithRoles } from "../../test/factories";
import { callRoute } from "../../test/http";

describe("people picked for a duty", () => {
  it("offers as risk owners only members whose role can decide on risks", async () => {
    const org = await createOrgWithRoles();
    const offered = async (query: string) => {
      const answer = await callRoute(optionsRoute.GET, org.ciso, { path: `/api/v1/users/options?${query}` });
      expect(answer.status).toBe(200);
      return (answer.json.items as { id: string }[]).map((item) => item.id).sort();
    };
    const { admin, ciso, informationOwner, auditor, management, reporter } = org;
    expect(await offered("duty=risk_owner")).toEqual([admin, ciso, informationOwner, management].map((p) => p.userId).sort());
    expect(await offered("duty=incident_handler")).toEqual([admin, ciso].map((p) => p.userId).sort());
    expect(await offered("")).toEqual([admin, ciso, informationOwner, auditor, management, reporter].map((p) => p.userId).sort());
    expect((await callRoute(optionsRoute.GET, org.ciso, { path: "/api/v1/users/options?duty=anything" })).status).toBe(400);
  });

  it("refuses a risk owner or action owner whose role cannot carry the duty, naming the field", async () => {
    const org = await createOrgWithRoles();
    const risk = (ownerId: string) => callRoute(risksRoute.POST, org.ciso, { body: { title: "Risk med ägare", likelihood: 2, consequence: 2, ownerId } });
    const refused = await risk(org.auditor.userId);
    expect(refused.status).toBe(400);
    expect(refused.json.error.fields).toEqual({ ownerId: [expect.stringContaining("kan inte äga risker")] });
    expect((await risk(org.management.userId)).status).toBe(201);

    const action = (ownerId: string) => callRoute(actionsRoute.POST, org.ciso, { body: { title: "Åtgärd med ägare", ownerId } });
    expect((await action(org.reporter.userId)).json.error.fields).toHaveProperty("ownerId");
    expect((await action(org.auditor.userId)).status).toBe(201);
  });
});
