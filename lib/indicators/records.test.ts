import { describe, expect, it } from "vitest";
import { demoOrganization } from "../../test/demo-organization";
import { callRoute } from "../../test/http";
import { GET } from "../../app/api/v1/indicators/[key]/records/route";
import type { Principal } from "../authz/roles";
import type { PerspectiveKey } from "../maturity/msb-model";
import { computeIndicators } from "./queries";
import { indicatorRecords } from "./records";
import { indicatorRecordsQuerySchema } from "./schema";

let seeded: Promise<Awaited<ReturnType<typeof demoOrganization>>> | undefined;
const demo = () => (seeded ??= demoOrganization());

/** Every share indicator of the perspective: the listed records' count is exactly its numerator and denominator. */
async function expectExactDrillDown(ciso: Principal, perspective: PerspectiveKey) {
  const { items } = await computeIndicators(ciso, { perspective });
  const listed = items.filter((item) => item.drillDown);
  expect(listed.length).toBeGreaterThan(0);
  let counted = 0;
  for (const indicator of listed) {
    // A count indicator (escalated findings) lists its records as its numerator.
    for (const part of indicator.unit === "count" ? (["numerator"] as const) : (["numerator", "denominator"] as const)) {
      const figure = indicator.unit === "count" ? indicator.value : indicator[part];
      const answer = await indicatorRecords(ciso, indicator.key, indicatorRecordsQuerySchema.parse({ part }));
      expect({ key: indicator.key, part, total: answer.total }).toEqual({ key: indicator.key, part, total: figure });
      expect(answer.items).toHaveLength(Math.min(figure ?? 0, 500));
      for (const item of answer.items) expect(item.title).not.toBe("");
      counted += answer.total;
    }
  }
  // The demo data gives the figures something to count, so the comparison is not 0 = 0.
  expect(counted).toBeGreaterThan(0);
}

describe("indicator drill-down: the very records counted", { timeout: 120_000 }, () => {
  it("assets (informationsklassning)", async () => expectExactDrillDown((await demo()).ciso, "informationsklassning"));
  it("risks (riskhantering)", async () => expectExactDrillDown((await demo()).ciso, "riskhantering"));
  it("incidents (incidenthantering)", async () => expectExactDrillDown((await demo()).ciso, "incidenthantering"));
  it("suppliers and contracts (upphandling)", async () => expectExactDrillDown((await demo()).ciso, "upphandling"));
  it("findings, audits and actions (uppfoljning)", async () => expectExactDrillDown((await demo()).ciso, "uppfoljning"));
  it("people and org units (kompetens), counted in one aggregate SQL", async () => {
    const { ciso } = await demo();
    await expectExactDrillDown(ciso, "kompetens");
    // The rates and the areas surveyed are not sets of records: they say so rather than list something else.
    const areas = await indicatorRecords(ciso, "surveys.areas_covered_share", indicatorRecordsQuerySchema.parse({})).catch((error: unknown) => error);
    expect(areas).toMatchObject({ status: 404, code: "indicator_records_unavailable" });
  });

  it("answers through the route, with titles and links; a value indicator is 404 with its own code", async () => {
    const { ciso, informationOwner } = await demo();
    const answer = await callRoute(GET, ciso, { path: "/api/v1/indicators/assets.classified_share/records?part=denominator", params: { key: "assets.classified_share" } });
    expect(answer.status).toBe(200);
    expect(answer.json.type).toBe("asset");
    expect(answer.json.items.length).toBe(answer.json.total);
    expect(answer.json.items[0]).toMatchObject({ type: "asset", href: expect.stringMatching(/^\/tillgangar\//) });

    const median = await callRoute(GET, ciso, { path: "/api/v1/indicators/incidents.median_days_to_close/records", params: { key: "incidents.median_days_to_close" } });
    expect(median.status).toBe(404);
    expect(median.json.error.code).toBe("indicator_records_unavailable");
    const unknown = await callRoute(GET, ciso, { path: "/api/v1/indicators/nothing.here/records", params: { key: "nothing.here" } });
    expect(unknown.status).toBe(404);
    expect(unknown.json.error.code).toBe("not_found");
    const bad = await callRoute(GET, ciso, { path: "/api/v1/indicators/x/records?part=both", params: { key: "assets.classified_share" } });
    expect(bad.status).toBe(400);

    // Reading only one's own risks does not list the organisation's.
    const own = await callRoute(GET, informationOwner, { path: "/api/v1/indicators/risks.treatment_decided_share/records", params: { key: "risks.treatment_decided_share" } });
    expect(own.status).toBe(403);
  });
});
