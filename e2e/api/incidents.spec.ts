import { expect, test } from "@playwright/test";
import { call, type ApiJson } from "../support/api";
import { ownOrganization } from "../support/users";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A report body; times are relative to now so the server never sees them in the future. */
function report(title: string, extra: Record<string, unknown> = {}) {
  const occurredAt = new Date(Date.now() - 30 * DAY);
  return {
    title,
    description: "Upptäckt vid kontroll av loggarna.",
    occurredAt: occurredAt.toISOString(),
    detectedAt: new Date(occurredAt.getTime() + 2 * HOUR).toISOString(),
    ...extra,
  };
}

interface Incident extends ApiJson {
  id: string;
  reference: string;
  reporterId: string;
  foreseen: boolean;
  version: number;
  obligations: { kind: string; dueAt: string; reportedAt: string | null }[];
}

test.describe("incidents API over HTTP", () => {
  let ciso: string;
  let reporter: string;

  test.beforeAll(() => {
    const org = ownOrganization("api-incidents", ["ciso", "reporter"]);
    ciso = org.token("ciso");
    reporter = org.token("reporter");
  });

  test("a reporter's report gets a reference and, with personal data, an IMY obligation due exactly 72 h after detection", async ({ request }) => {
    const detectedAt = new Date(Date.now() - 5 * HOUR);
    detectedAt.setUTCMilliseconds(250);
    const created = await call<Incident>(request, reporter, "POST", "/api/v1/incidents", {
      ...report(`Personuppgifter i fel mejl ${Date.now()}`),
      occurredAt: new Date(detectedAt.getTime() - HOUR).toISOString(),
      detectedAt: detectedAt.toISOString(),
      personalData: "yes",
    });
    expect(created.status).toBe(201);
    expect(created.body.reference).toMatch(/^INC-\d{4}-\d{4}$/);
    expect(created.body.status).toBe("reported");
    const imy = created.body.obligations.find((o) => o.kind === "gdpr_imy");
    expect(imy).toMatchObject({ dueAt: new Date(detectedAt.getTime() + 72 * HOUR).toISOString(), reportedAt: null });
    const fetched = await call<Incident>(request, reporter, "GET", `/api/v1/incidents/${created.body.id}`);
    expect(fetched.status).toBe(200);
    expect(fetched.body.obligations.find((o) => o.kind === "gdpr_imy")?.dueAt).toBe(imy?.dueAt);
  });

  test("a reporter lists only their own incidents and may not PATCH", async ({ request }) => {
    const me = await call<{ id: string }>(request, reporter, "GET", "/api/v1/me");
    const mine = await call<Incident>(request, reporter, "POST", "/api/v1/incidents", report(`Min rapport ${Date.now()}`));
    const theirs = await call<Incident>(request, ciso, "POST", "/api/v1/incidents", report(`Samordnarens rapport ${Date.now()}`));
    expect([mine.status, theirs.status]).toEqual([201, 201]);
    const list = await call<{ items: Incident[]; total: number }>(request, reporter, "GET", "/api/v1/incidents?pageSize=500");
    expect(list.status).toBe(200);
    expect(list.body.items.length).toBeGreaterThan(0);
    expect(list.body.items.every((i) => i.reporterId === me.body.id)).toBe(true);
    expect(list.body.items.map((i) => i.id)).toContain(mine.body.id);
    expect(list.body.items.map((i) => i.id)).not.toContain(theirs.body.id);
    expect((await call(request, reporter, "GET", `/api/v1/incidents/${theirs.body.id}`)).status).toBe(403);
    const patch = await call(request, reporter, "PATCH", `/api/v1/incidents/${mine.body.id}`, { severity: 1, version: mine.body.version });
    expect(patch.status).toBe(403);
    expect(patch.body.error?.code).toBe("forbidden");
    const handled = await call(request, ciso, "PATCH", `/api/v1/incidents/${mine.body.id}`, { severity: 1, version: mine.body.version });
    expect(handled.status).toBe(200);
  });

  test("foreseen follows when the linked risk was identified, and incidents.foreseen_share counts exactly those", async ({ request }) => {
    // A fresh organisation, so the indicator's counts are exactly this test's incidents.
    const token = ownOrganization("api-incidents-foreseen", ["ciso"]).token("ciso");
    const today = new Date().toISOString().slice(0, 10);
    const earlyRisk = await call<ApiJson>(request, token, "POST", "/api/v1/risks", { title: "Nätfiske leder till kapade konton", likelihood: 3, consequence: 3, identifiedAt: "2024-01-15" });
    const lateRisk = await call<ApiJson>(request, token, "POST", "/api/v1/risks", { title: "Skrivarutskrifter lämnas kvar", likelihood: 2, consequence: 2, identifiedAt: today });
    expect([earlyRisk.status, lateRisk.status]).toEqual([201, 201]);

    const incidents: Incident[] = [];
    for (const title of ["Kapat konto efter nätfiske", "Utskrift kvar i skrivaren", "Oväntat strömavbrott"]) {
      const created = await call<Incident>(request, token, "POST", "/api/v1/incidents", report(title));
      expect(created.status).toBe(201);
      incidents.push(created.body);
    }
    const [early, late, none] = incidents;
    const linkEarly = await call<Incident>(request, token, "PATCH", `/api/v1/incidents/${early.id}`, { riskIds: [earlyRisk.body.id], version: early.version });
    const linkLate = await call<Incident>(request, token, "PATCH", `/api/v1/incidents/${late.id}`, { riskIds: [lateRisk.body.id], version: late.version });
    expect([linkEarly.status, linkLate.status]).toEqual([200, 200]);
    expect(linkEarly.body.foreseen).toBe(true);
    expect(linkLate.body.foreseen).toBe(false);
    expect((await call<Incident>(request, token, "GET", `/api/v1/incidents/${none.id}`)).body.foreseen).toBe(false);

    const indicators = await call<{ items: ApiJson[] }>(request, token, "GET", "/api/v1/indicators?perspective=incidenthantering");
    expect(indicators.status).toBe(200);
    const share = indicators.body.items.find((item) => item.key === "incidents.foreseen_share");
    expect(share).toMatchObject({ perspective: "incidenthantering", numerator: 1, denominator: 3 });
    expect(share?.value).toBeCloseTo(1 / 3);

    const foreseenList = await call<{ items: Incident[]; total: number }>(request, token, "GET", "/api/v1/incidents?foreseen=true");
    expect(foreseenList.body.items.map((i) => i.id)).toEqual([early.id]);
  });

  test("a ciso links a risk when filing (foreseen at once); an unknown field or a reporter's handling field is refused", async ({ request }) => {
    const risk = await call<ApiJson>(request, ciso, "POST", "/api/v1/risks", { title: `Nätfiske mot e-tjänst ${Date.now()}`, likelihood: 3, consequence: 3, identifiedAt: "2024-01-15" });
    const created = await call<Incident>(request, ciso, "POST", "/api/v1/incidents", report(`Kapat konto ${Date.now()}`, { riskIds: [risk.body.id], severity: 2, status: "triaged" }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ foreseen: true, riskIds: [risk.body.id], severity: 2, status: "triaged" });
    const unknown = await call(request, ciso, "POST", "/api/v1/incidents", report("Okänt fält", { riskLinks: [risk.body.id] }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.error?.fields).toEqual({ riskLinks: ["Okänt fält."] });
    expect((await call(request, reporter, "POST", "/api/v1/incidents", report("Rapportörens triage", { riskIds: [risk.body.id] }))).status).toBe(403);
  });
});
