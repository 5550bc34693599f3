import { expect, test } from "@playwright/test";
import { call, type ApiJson } from "../support/api";
import { ownOrganization } from "../support/users";

interface Indicator {
  key: string;
  value: number | null;
  numerator: number;
  denominator: number;
}

const DAY = 86_400_000;
const isoDate = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

test.describe("risks API over HTTP", () => {
  let ciso: string;
  let management: string;
  let reporter: string;

  test.beforeAll(() => {
    const org = ownOrganization("api-risks", ["ciso", "management", "reporter"]);
    ciso = org.token("ciso");
    management = org.token("management");
    reporter = org.token("reporter");
  });

  const newRisk = (request: Parameters<typeof call>[0], body: Record<string, unknown>) =>
    call(request, ciso, "POST", "/api/v1/risks", { title: `API-risk ${Date.now()}`, ...body });

  test("likelihood 3 × consequence 4 is level 12 in band high; likelihood 5 is refused naming the field", async ({ request }) => {
    const created = await newRisk(request, { likelihood: 3, consequence: 4, cause: "Gammal VPN", event: "intrång", consequenceText: "dataläckage" });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ level: 12, band: "high", status: "open", version: 1 });
    const fetched = await call(request, management, "GET", `/api/v1/risks/${created.body.id}`);
    expect(fetched.body).toMatchObject({ level: 12, band: "high" });

    const five = await newRisk(request, { likelihood: 5, consequence: 2 });
    expect(five.status).toBe(400);
    expect(five.body.error?.code).toBe("validation_error");
    expect(Object.keys(five.body.error?.fields ?? {})).toEqual(["likelihood"]);
  });

  test("accepting without a decision is 400; a ciso accepting a high risk is 403 naming who may, management 200", async ({ request }) => {
    const { body: risk } = await newRisk(request, { likelihood: 3, consequence: 4 });
    const id = risk.id!;

    const noMotivation = await call(request, management, "POST", `/api/v1/risks/${id}/accept`, { version: 1 });
    expect(noMotivation.status).toBe(400);
    expect(noMotivation.body.error?.fields).toHaveProperty("motivation");
    const noDecision = await call(request, ciso, "PATCH", `/api/v1/risks/${id}`, { treatment: "accept", version: 1 });
    expect(noDecision.status).toBe(400);
    expect(noDecision.body.error?.fields).toHaveProperty(["acceptance.motivation"]);

    const byCiso = await call(request, ciso, "POST", `/api/v1/risks/${id}/accept`, { motivation: "Kostnaden är för hög", version: 1 });
    expect(byCiso.status).toBe(403);
    expect(byCiso.body.error).toMatchObject({ code: "forbidden", message: "Endast ledningen får acceptera risker på nivån hög." });

    const me = await call<{ id: string }>(request, management, "GET", "/api/v1/me");
    const byManagement = await call(request, management, "POST", `/api/v1/risks/${id}/accept`, { motivation: "Kostnaden är för hög", version: 1 });
    expect(byManagement.status).toBe(200);
    expect(byManagement.body).toMatchObject({
      status: "accepted",
      treatment: "accept",
      version: 2,
      acceptance: { decidedById: me.body.id, motivation: "Kostnaden är för hög", decidedAt: expect.any(String) },
    });
  });

  test("an action from the risk with a past due date is listed as overdue", async ({ request }) => {
    const { body: risk } = await newRisk(request, { likelihood: 2, consequence: 3, treatment: "reduce", residualLikelihood: 1, residualConsequence: 3 });
    const action = await call(request, ciso, "POST", "/api/v1/actions", { title: "Byt VPN-lösning", dueAt: isoDate(-10), source: { type: "risk", id: risk.id } });
    expect(action.status).toBe(201);
    const overdue = await call(request, ciso, "GET", "/api/v1/actions?overdue=true&pageSize=500");
    expect(overdue.body.items?.map((item: ApiJson) => item.id)).toContain(action.body.id);
    const ofRisk = await call(request, ciso, "GET", `/api/v1/actions?overdue=true&source=risk:${risk.id}`);
    expect(ofRisk.body).toMatchObject({ total: 1, items: [{ id: action.body.id, overdue: true }] });
    const listed = await call(request, ciso, "GET", `/api/v1/risks/${risk.id}`);
    expect(listed.body).toMatchObject({ actionsOverdue: 1, residualLevel: 3, residualBand: "medium" });
  });

  test("a reporter listing risks or analyses gets 403", async ({ request }) => {
    const risks = await call(request, reporter, "GET", "/api/v1/risks");
    expect(risks.status).toBe(403);
    expect(risks.body.error?.code).toBe("forbidden");
    expect((await call(request, reporter, "GET", "/api/v1/risk-analyses")).status).toBe(403);
  });

  test("the riskhantering indicators count exactly what was created", async ({ request }) => {
    const token = ownOrganization("api-risk-indicators", ["ciso"]).token("ciso");
    const post = async (path: string, body: unknown) => {
      const response = await call(request, token, "POST", path, body);
      expect(response.status, `${path}: ${JSON.stringify(response.body)}`).toBeLessThan(300);
      return response.body;
    };

    const indicators = async () => {
      const { status, body } = await call<{ items: Indicator[] }>(request, token, "GET", "/api/v1/indicators?perspective=riskhantering");
      expect(status).toBe(200);
      return Object.fromEntries(body.items.map((item) => [item.key, { numerator: item.numerator, denominator: item.denominator, value: item.value }]));
    };
    expect(await indicators()).toEqual({
      "risks.assets_covered_share": { numerator: 0, denominator: 0, value: null },
      "risks.treatment_decided_share": { numerator: 0, denominator: 0, value: null },
      "risks.accepted_documented_share": { numerator: 0, denominator: 0, value: null },
      "actions.risk_on_time_share": { numerator: 0, denominator: 0, value: null },
    });

    const unit = await post("/api/v1/org-units", { name: "IT-enheten" });
    const covered = await post("/api/v1/assets", { name: "Ärendesystem", orgUnitId: unit.id });
    await post("/api/v1/assets", { name: "Lönesystem", orgUnitId: unit.id });
    await post("/api/v1/risk-analyses", { title: "Riskanalys ärendesystem", status: "completed", assetIds: [covered.id] });
    await post("/api/v1/risk-analyses", { title: "Planerad riskanalys", status: "planned", assetIds: [] });

    const reduced = await post("/api/v1/risks", { title: "Reducerad", likelihood: 3, consequence: 4, treatment: "reduce", residualLikelihood: 1, residualConsequence: 4 });
    await post("/api/v1/risks", { title: "Obeslutad", likelihood: 1, consequence: 2 });
    const low = await post("/api/v1/risks", { title: "Låg risk att acceptera", likelihood: 1, consequence: 2 });
    await post("/api/v1/risks", { title: "Stängd", likelihood: 2, consequence: 2, status: "closed" });
    await post(`/api/v1/risks/${low.id}/accept`, { motivation: "Liten risk, inom ciso:s befogenhet", version: 1 });

    const source = { type: "risk", id: reduced.id };
    await post("/api/v1/actions", { title: "Klar i tid", dueAt: isoDate(-1), status: "done", completedAt: new Date(Date.now() - 2 * DAY).toISOString(), source });
    await post("/api/v1/actions", { title: "Försenad", dueAt: isoDate(-1), source });
    await post("/api/v1/actions", { title: "Inställd", dueAt: isoDate(-1), status: "cancelled", source });
    await post("/api/v1/actions", { title: "Framtida", dueAt: isoDate(30), source });
    await post("/api/v1/actions", { title: "Inte från en risk", dueAt: isoDate(-1) });

    expect(await indicators()).toEqual({
      "risks.assets_covered_share": { numerator: 1, denominator: 2, value: 0.5 },
      "risks.treatment_decided_share": { numerator: 2, denominator: 3, value: 2 / 3 },
      "risks.accepted_documented_share": { numerator: 1, denominator: 1, value: 1 },
      "actions.risk_on_time_share": { numerator: 1, denominator: 2, value: 0.5 },
    });
  });
});
