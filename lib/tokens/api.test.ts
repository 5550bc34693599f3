import { describe, expect, it } from "vitest";
import * as tokensRoute from "@/app/api/v1/tokens/route";
import { createOrgWithRoles } from "../../test/factories";
import { callRoute } from "../../test/http";

describe("tokens over HTTP", () => {
  it("cannot be created already expired (400 naming expiresAt), but can with a future end", async () => {
    const { reporter } = await createOrgWithRoles();
    const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    for (const expiresAt of [yesterday, new Date(Date.now() - 60_000).toISOString()]) {
      const answer = await callRoute(tokensRoute.POST, reporter, { body: { name: "Utgången", expiresAt } });
      expect(answer.status).toBe(400);
      expect(answer.json.error.fields).toEqual({ expiresAt: ["Giltighetstiden måste sluta i framtiden."] });
    }
    const nextYear = new Date(Date.now() + 365 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const created = await callRoute(tokensRoute.POST, reporter, { body: { name: "Giltig", expiresAt: nextYear } });
    expect(created.status).toBe(201);
    expect(created.json.expiresAt).toBe(`${nextYear}T00:00:00.000Z`);
  });
});
