import { expect, test } from "@playwright/test";
import { PERSPECTIVE_KEYS } from "../../lib/maturity/msb-model";
import { call, type ApiJson } from "../support/api";
import { ownOrganization } from "../support/users";

const BASE = "/api/v1/maturity-assessments";

/** A session with six entries and one proposal, as a client sends it. Held in the past so it never becomes the latest. */
function sessionBody(title: string, heldAt = "2019-03-12T09:00:00.000Z") {
  return {
    title,
    heldAt,
    participants: ["Kommundirektör", "Informationssäkerhetssamordnare", "IT-chef"],
    facilitator: "Informationssäkerhetssamordnare",
    status: "completed",
    entries: PERSPECTIVE_KEYS.map((perspective, index) => ({
      perspective,
      level: [2, 3, 2, 1, 2, null][index],
      aspectNotes: { arbetssatt: `Arbetssätt inom ${perspective}`, resultat: "Få mätetal" },
      reasons: [`Skäl ett för ${perspective}`, `Skäl två för ${perspective}`],
      evidence: [],
    })),
    proposals: [{ perspective: "riskhantering", what: "Inför årlig riskanalys i alla förvaltningar", how: "Mall och workshop", who: "CISO", horizon: "0-6" }],
  };
}

test.describe("maturity assessments API over HTTP", () => {
  let ciso: string;
  let auditor: string;
  let reporter: string;

  test.beforeAll(() => {
    const org = ownOrganization("api-maturity", ["ciso", "auditor", "reporter"]);
    ciso = org.token("ciso");
    auditor = org.token("auditor");
    reporter = org.token("reporter");
  });

  test("a session with six entries and a proposal is created (201) and read back exactly", async ({ request }) => {
    const body = sessionBody(`API-dialog ${Date.now()}`);
    const created = await call(request, ciso, "POST", BASE, body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ version: 1, createdAt: expect.any(String), updatedAt: expect.any(String) });
    expect(created.body).toMatchObject({
      ...body,
      proposals: [{ ...body.proposals[0], id: expect.any(String), position: 0, actionId: null }],
    });
    const entries = created.body.entries as ApiJson[];
    expect(entries.map((e) => e.perspective)).toEqual([...PERSPECTIVE_KEYS]);

    const read = await call(request, auditor, "GET", `${BASE}/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created.body);
  });

  test("level 5 or an unknown perspective is 400 naming the field", async ({ request }) => {
    const body = sessionBody("Ogiltig dialog");
    const level5 = await call(request, ciso, "POST", BASE, { ...body, entries: [{ ...body.entries[0], level: 5 }] });
    expect(level5.status).toBe(400);
    expect(level5.body.error?.code).toBe("validation_error");
    expect(Object.keys(level5.body.error?.fields ?? {})).toContain("entries.0.level");

    const unknown = await call(request, ciso, "POST", BASE, { ...body, entries: [{ ...body.entries[0], perspective: "ekonomi" }] });
    expect(unknown.status).toBe(400);
    expect(Object.keys(unknown.body.error?.fields ?? {})).toContain("entries.0.perspective");

    const badProposal = await call(request, ciso, "POST", BASE, { ...body, proposals: [{ ...body.proposals[0], perspective: "ekonomi" }] });
    expect(badProposal.status).toBe(400);
    expect(Object.keys(badProposal.body.error?.fields ?? {})).toContain("proposals.0.perspective");
  });

  test("sort=heldAt:desc orders sessions newest first", async ({ request }) => {
    const tag = `Sorteringsprov ${Date.now()}`;
    for (const heldAt of ["2018-05-01", "2020-05-01", "2016-05-01"]) {
      const created = await call(request, ciso, "POST", BASE, sessionBody(`${tag} ${heldAt}`, heldAt));
      expect(created.status).toBe(201);
    }
    const { status, body } = await call(request, auditor, "GET", `${BASE}?q=${encodeURIComponent(tag)}&sort=heldAt:desc`);
    expect(status).toBe(200);
    expect(body.total).toBe(3);
    expect(body.items?.map((item) => item.title)).toEqual([`${tag} 2020-05-01`, `${tag} 2018-05-01`, `${tag} 2016-05-01`]);
    const ascending = await call(request, auditor, "GET", `${BASE}?q=${encodeURIComponent(tag)}&sort=heldAt:asc`);
    expect(ascending.body.items?.map((item) => item.title)).toEqual([`${tag} 2016-05-01`, `${tag} 2018-05-01`, `${tag} 2020-05-01`]);
  });

  test("a reporter gets 403 on sessions, and may not write", async ({ request }) => {
    const list = await call(request, reporter, "GET", BASE);
    expect(list.status).toBe(403);
    expect(list.body.error?.code).toBe("forbidden");
    const create = await call(request, reporter, "POST", BASE, sessionBody("Inte tillåten"));
    expect(create.status).toBe(403);
    const created = await call(request, ciso, "POST", BASE, sessionBody(`Läsprov ${Date.now()}`));
    const one = await call(request, reporter, "GET", `${BASE}/${created.body.id}`);
    expect(one.status).toBe(403);
    const asAuditor = await call(request, auditor, "PATCH", `${BASE}/${created.body.id}`, { title: "Ändrad", version: 1 });
    expect(asAuditor.status).toBe(403);
  });
});
