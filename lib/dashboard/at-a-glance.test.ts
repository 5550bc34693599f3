import { describe, expect, it } from "vitest";
import { demoOrganization } from "../../test/demo-organization";
import { listActions } from "../actions/queries";
import { actionListQuerySchema } from "../actions/schema";
import { indicatorRecords } from "../indicators/records";
import { indicatorRecordsQuerySchema } from "../indicators/schema";
import { onTrack } from "../objectives/rules";
import { atAGlance } from "./at-a-glance";

describe("at a glance", () => {
  it("an objective is on track when its indicator reaches the target (days: at or below)", () => {
    expect(onTrack({ current: 0.8, target: 0.8, unit: "share" })).toBe(true);
    expect(onTrack({ current: 0.7, target: 0.8, unit: "share" })).toBe(false);
    expect(onTrack({ current: 10, target: 14, unit: "days" })).toBe(true);
    expect(onTrack({ current: 20, target: 14, unit: "days" })).toBe(false);
    expect(onTrack({ current: null, target: 0.8, unit: "share" })).toBe(false);
    expect(onTrack({ current: 0.9, target: null, unit: null })).toBe(false);
  });

  it("gives management every figure, each matching the records it links to", { timeout: 120_000 }, async () => {
    const { management, reporter } = await demoOrganization();
    const figures = await atAGlance(management);
    expect(figures.map((figure) => figure.key)).toEqual(["maturity", "objectives", "escalatedFindings", "overdueObligations", "risksAboveAcceptance", "overdueActions"]);
    const by = Object.fromEntries(figures.map((figure) => [figure.key, figure]));
    const overdue = await listActions(management, actionListQuerySchema.parse({ overdue: "true" }));
    expect(by.overdueActions).toMatchObject({ value: overdue.total, href: "/atgarder?overdue=true" });
    const escalated = await indicatorRecords(management, "findings.escalated_open", indicatorRecordsQuerySchema.parse({ part: "numerator" }));
    expect(by.escalatedFindings.value).toBe(escalated.total);
    expect(by.objectives.href).toBe("/ledningens-genomgang/mal");
    expect(by.risksAboveAcceptance.value).toBe(by.risksAboveAcceptance.parts!.reduce((sum, part) => sum + part.value, 0));
    // A reporter reads none of it.
    expect(await atAGlance(reporter)).toEqual([]);
  });
});
