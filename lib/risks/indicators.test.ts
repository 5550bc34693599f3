import { describe, expect, it } from "vitest";
import { createAction, updateAction } from "../actions/service";
import { db } from "../db/client";
import { computeIndicators } from "../indicators/queries";
import { createOrgWithRoles } from "../../test/factories";
import { createTestAsset } from "../../test/assets-factories";
import { createTestRisk } from "../../test/risks-factories";
import { createRiskAnalysis } from "../risk-analyses/service";
import { doneOnTime } from "./indicators";
import { acceptRisk, updateRisk } from "./service";

const DAY = 86_400_000;

describe("riskhantering indicators", () => {
  it("treats completion during the due day as on time", () => {
    const dueAt = new Date("2026-03-10T00:00:00Z");
    expect(doneOnTime({ status: "done", dueAt, completedAt: new Date("2026-03-10T15:00:00Z") })).toBe(true);
    expect(doneOnTime({ status: "done", dueAt, completedAt: new Date("2026-03-11T00:00:00Z") })).toBe(false);
    expect(doneOnTime({ status: "in_progress", dueAt, completedAt: null })).toBe(false);
  });

  it("counts exactly what was created", async () => {
    const { ciso, management, organization } = await createOrgWithRoles();
    const [a1, a2, a3] = await Promise.all([1, 2, 3].map(() => createTestAsset(ciso)));
    await createRiskAnalysis(ciso, { title: "Genomförd", status: "completed", performedAt: new Date(Date.now() - 30 * DAY), assetIds: [a1.id, a2.id] });
    await createRiskAnalysis(ciso, { title: "Gammal", status: "completed", performedAt: new Date(Date.now() - 4 * 365 * DAY), assetIds: [a3.id] });
    await createRiskAnalysis(ciso, { title: "Pågående", status: "ongoing", assetIds: [a3.id] });

    const treated = await createTestRisk(ciso, { treatment: "reduce" });
    await createTestRisk(ciso);
    const closed = await createTestRisk(ciso);
    await updateRisk(ciso, closed.id, { status: "closed", version: 1 });
    const accepted = await createTestRisk(ciso, { likelihood: 3, consequence: 3 });
    await acceptRisk(management, accepted.id, { motivation: "Beslut i ledningsgruppen", version: 1 });
    const undocumented = await createTestRisk(ciso, { likelihood: 1, consequence: 1 });
    await db.risk.update({ where: { id: undocumented.id }, data: { treatment: "accept", status: "accepted" } });

    const source = { type: "risk" as const, id: treated.id };
    const onTime = await createAction(ciso, { title: "I tid", status: "planned", dueAt: new Date(Date.now() - 10 * DAY), source });
    await updateAction(ciso, onTime.id, { status: "done", completedAt: new Date(Date.now() - 11 * DAY), version: 1 });
    const late = await createAction(ciso, { title: "Sen", status: "planned", dueAt: new Date(Date.now() - 10 * DAY), source });
    await updateAction(ciso, late.id, { status: "done", completedAt: new Date(Date.now() - 5 * DAY), version: 1 });
    await createAction(ciso, { title: "Försenad", status: "in_progress", dueAt: new Date(Date.now() - 2 * DAY), source });
    await createAction(ciso, { title: "Framtida", status: "planned", dueAt: new Date(Date.now() + 10 * DAY), source });
    await createAction(ciso, { title: "Annan källa", status: "done", dueAt: new Date(Date.now() - 2 * DAY), completedAt: new Date(Date.now() - 3 * DAY) });

    const { items } = await computeIndicators(ciso, { perspective: "riskhantering" });
    const byKey = Object.fromEntries(items.map((item) => [item.key, item]));
    expect(byKey["risks.assets_covered_share"]).toMatchObject({ numerator: 2, denominator: 3 });
    // open risks: treated, untreated, accepted, undocumented (closed excluded); decided: treated, accepted, undocumented
    expect(byKey["risks.treatment_decided_share"]).toMatchObject({ numerator: 3, denominator: 4, value: 0.75 });
    expect(byKey["risks.accepted_documented_share"]).toMatchObject({ numerator: 1, denominator: 2, value: 0.5 });
    expect(byKey["actions.risk_on_time_share"]).toMatchObject({ numerator: 1, denominator: 3 });
  });
});
