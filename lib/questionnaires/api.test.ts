import { describe, expect, it } from "vitest";
import { GET as exportSet } from "@/app/api/v1/questionnaires/[id]/export/route";
import { GET as getSet } from "@/app/api/v1/questionnaires/[id]/route";
import { POST as importSet } from "@/app/api/v1/questionnaires/import/route";
import { POST as toAction } from "@/app/api/v1/questionnaires/[id]/responses/[rid]/actions/route";
import { GET as exportAnswers } from "@/app/api/v1/questionnaires/[id]/responses/[rid]/export/route";
import { GET as prefill } from "@/app/api/v1/questionnaires/[id]/responses/[rid]/prefill/route";
import { GET as result } from "@/app/api/v1/questionnaires/[id]/responses/[rid]/result/route";
import { GET as getResponse, PATCH as patchResponse } from "@/app/api/v1/questionnaires/[id]/responses/[rid]/route";
import { POST as submit } from "@/app/api/v1/questionnaires/[id]/responses/[rid]/submit/route";
import { GET as listResponses, POST as createResponse } from "@/app/api/v1/questionnaires/[id]/responses/route";
import { GET as listSets, POST as createSet } from "@/app/api/v1/questionnaires/route";
import { createOrgWithRoles } from "../../test/factories";
import { callRoute, tokenFor } from "../../test/http";

const options = [
  { key: "none", label: "Nej", points: 0 },
  { key: "some", label: "Delvis", points: 1 },
  { key: "most", label: "Till stor del", points: 2 },
  { key: "all", label: "Helt", points: 3 },
];

/** 15 level-1 questions (the DESIGN §6 example), 4 level-2 questions and one "range" question at level 2. */
function setBody() {
  const level1 = Array.from({ length: 15 }, (_, i) => ({ code: `q${i + 1}`, level: 1, areas: [i < 8 ? "a" : "b"], text: `Fråga ${i + 1}?`, answerType: "single", options }));
  const level2 = Array.from({ length: 4 }, (_, i) => ({ code: `r${i + 1}`, level: 2, areas: ["b"], text: `Fråga r${i + 1}?`, answerType: i === 3 ? "range" : "single", options }));
  return { title: "Testuppsättning", source: "Egen", areas: [{ key: "a", name: "A" }, { key: "b", name: "B" }], questions: [...level1, ...level2] };
}

const ones = () => Array.from({ length: 15 }, (_, i) => ({ questionCode: `q${i + 1}`, optionKeys: ["some"], certain: true }));

async function setup() {
  const roles = await createOrgWithRoles();
  const token = await tokenFor(roles.ciso);
  const set = await callRoute(createSet, token, { method: "POST", body: setBody() });
  expect(set.status).toBe(201);
  const response = await callRoute(createResponse, token, { method: "POST", params: { id: set.json.id }, body: { title: "Mätning 2026", answers: ones() } });
  expect(response.status).toBe(201);
  return { ...roles, token, set: set.json, response: response.json, params: { id: set.json.id, rid: response.json.id } };
}

describe("questionnaire API", () => {
  it("scores DESIGN §6's example: required 23, 15 points is level 0, 8 more points elsewhere is level 1", async () => {
    const { token, params, response } = await setup();
    const first = await callRoute(result, token, { params });
    expect(first.status).toBe(200);
    expect(first.json.levels[0]).toMatchObject({ level: 1, questions: 15, required: 23, points: 15, minimumMet: true, reached: false });
    expect(first.json).toMatchObject({ level: 0, label: "Under nivå 1", stored: false, next: { level: 1, pointsMissing: 8 } });

    const more = [...ones(), ...["r1", "r2"].map((code) => ({ questionCode: code, optionKeys: ["all"], certain: true })), { questionCode: "r3", optionKeys: ["most"], certain: true }];
    const saved = await callRoute(patchResponse, token, { method: "PATCH", params, body: { answers: more, version: response.version } });
    expect(saved.status).toBe(200);
    const reached = (await callRoute(result, token, { params })).json;
    expect(reached.level).toBe(1);
    expect(reached.levels[0]).toMatchObject({ points: 23, reached: true });

    // Level 1 counts the 15 answered level-1 questions: 7 uncertain (47 %) is within 50 %, 8 is one too many.
    const uncertain = (count: number) => more.map((answer, index) => ({ ...answer, certain: index >= count }));
    const nine = await callRoute(patchResponse, token, { method: "PATCH", params, body: { answers: uncertain(7), version: saved.json.version } });
    expect((await callRoute(result, token, { params })).json.level).toBe(1);
    await callRoute(patchResponse, token, { method: "PATCH", params, body: { answers: uncertain(8), version: nine.json.version } });
    expect((await callRoute(result, token, { params })).json).toMatchObject({ level: 0, next: { uncertainToResolve: 1 } });
  });

  it("answers 400 naming the answer for non-adjacent range options, two options on single and unknown codes", async () => {
    const { token, params, response } = await setup();
    let version = response.version;
    const patch = async (answers: unknown[]) => {
      const answer = await callRoute(patchResponse, token, { method: "PATCH", params, body: { answers, version } });
      if (answer.status === 200) version = answer.json.version;
      return answer;
    };
    const gap = await patch([...ones(), { questionCode: "r4", optionKeys: ["none", "most"], certain: true }]);
    expect(gap.status).toBe(400);
    expect(gap.json.error.fields).toHaveProperty(["answers.15.optionKeys"]);
    expect((await patch([{ questionCode: "r4", optionKeys: ["some", "most"], certain: true }])).status).toBe(200);
    const two = await patch([{ questionCode: "q1", optionKeys: ["some", "most"], certain: true }]);
    expect(two.json.error.fields).toHaveProperty(["answers.0.optionKeys"]);
    const unknown = await patch([{ questionCode: "x9", optionKeys: ["some"], certain: true }, { questionCode: "q1", optionKeys: ["maybe"], certain: true }]);
    expect(unknown.json.error.fields).toHaveProperty(["answers.0.questionCode"]);
    expect(unknown.json.error.fields).toHaveProperty(["answers.1.optionKeys"]);
  });

  it("keeps a submitted response read-only with its stored result, and 409 on a stale version", async () => {
    const { token, params, response } = await setup();
    const stale = await callRoute(patchResponse, token, { method: "PATCH", params, body: { title: "Ny", version: response.version + 1 } });
    expect(stale.status).toBe(409);
    const submitted = await callRoute(submit, token, { method: "POST", params, body: { version: response.version } });
    expect(submitted.status).toBe(200);
    expect(submitted.json).toMatchObject({ status: "submitted", level: 0 });
    const locked = await callRoute(patchResponse, token, { method: "PATCH", params, body: { title: "Ny", version: submitted.json.version } });
    expect(locked.status).toBe(409);
    expect(locked.json.error.code).toBe("response_submitted");
    expect((await callRoute(result, token, { params })).json).toMatchObject({ stored: true, level: 0 });
    const csv = await callRoute(exportAnswers, token, { params, path: `/api/v1/questionnaires/${params.id}/responses/${params.rid}/export?format=csv` });
    expect(csv.status).toBe(200);
    expect(await csv.response.text()).toContain("q1;1;A;Fråga 1?;Delvis;1;ja");
    const action = await callRoute(toAction, token, { method: "POST", params, body: { questionCode: "q3" } });
    expect(action.status).toBe(201);
    expect(action.json.source).toMatchObject({ type: "questionnaire", id: params.id });
  });

  it("gives a reporter 403, management read access, and another organisation 404", async () => {
    const { reporter, management, params } = await setup();
    const reporterToken = await tokenFor(reporter);
    expect((await callRoute(listSets, reporterToken)).status).toBe(403);
    expect((await callRoute(getResponse, reporterToken, { params })).status).toBe(403);
    const managementToken = await tokenFor(management);
    expect((await callRoute(getResponse, managementToken, { params })).status).toBe(200);
    expect((await callRoute(createResponse, managementToken, { method: "POST", params: { id: params.id }, body: { title: "X" } })).status).toBe(403);
    const other = await createOrgWithRoles();
    const otherToken = await tokenFor(other.ciso);
    expect((await callRoute(getSet, otherToken, { params: { id: params.id } })).status).toBe(404);
    expect((await callRoute(getResponse, otherToken, { params })).status).toBe(404);
    expect((await callRoute(listResponses, otherToken, { params: { id: params.id } })).status).toBe(404);
  });

  it("seeds the built-in set on first read with MSB's ten areas and attributed questions, and proposes pre-filled answers", async () => {
    const { ciso } = await createOrgWithRoles();
    const token = await tokenFor(ciso);
    const sets = await callRoute(listSets, token);
    expect(sets.json.items).toHaveLength(1);
    expect((await callRoute(listSets, token)).json.items).toHaveLength(1);
    const builtin = (await callRoute(getSet, token, { params: { id: sets.json.items[0].id } })).json;
    expect(builtin.areas).toHaveLength(10);
    expect(builtin.source).toContain("MSB");
    expect(builtin.questions.filter((q: { source: string }) => q.source === "msb")).toHaveLength(4);
    expect(builtin.questions.length).toBeGreaterThanOrEqual(40);
    const response = await callRoute(createResponse, token, { method: "POST", params: { id: builtin.id }, body: { title: "Förifyllt" } });
    const proposals = await callRoute(prefill, token, { params: { id: builtin.id, rid: response.json.id } });
    expect(proposals.status).toBe(200);
    const classified = proposals.json.items.find((item: { indicator: string }) => item.indicator === "assets.org_units_covered_share");
    expect(classified).toMatchObject({ questionCode: "e1-05" });
  });
});

describe("question set export", () => {
  it("exports JSON that imports as a new set, and a table with one row per option", async () => {
    const { ciso } = await createOrgWithRoles();
    const token = await tokenFor(ciso);
    const sets = await callRoute(listSets, token);
    const id = sets.json.items[0].id;
    const json = await callRoute(exportSet, token, { params: { id }, path: `/api/v1/questionnaires/${id}/export?format=json` });
    expect(json.status).toBe(200);
    const imported = await callRoute(createSet, token, { method: "POST", body: { ...json.json, title: "Importerad" } });
    expect(imported.status).toBe(201);
    expect(imported.json.questions).toEqual(json.json.questions);
    const csv = await callRoute(exportSet, token, { params: { id }, path: `/api/v1/questionnaires/${id}/export?format=csv` });
    const lines = (await csv.response.text()).trim().split("\n");
    const optionCount = json.json.questions.reduce((sum: number, q: { options: unknown[] }) => sum + q.options.length, 0);
    expect(lines.length).toBeGreaterThanOrEqual(optionCount + 1);
  });

  it("imports the Excel export (one row per option) as a new set, and names the row of a bad value", async () => {
    const { ciso } = await createOrgWithRoles();
    const token = await tokenFor(ciso);
    const id = (await callRoute(listSets, token)).json.items[0].id;
    const original = (await callRoute(getSet, token, { params: { id } })).json;
    const xlsx = await callRoute(exportSet, token, { params: { id }, path: `/api/v1/questionnaires/${id}/export?format=xlsx` });
    const bytes = await xlsx.response.arrayBuffer();
    const form = new FormData();
    form.append("title", "Från Excel");
    form.append("file", new File([bytes], "fragor.xlsx"));
    const imported = await callRoute(importSet, token, { path: "/api/v1/questionnaires/import", form });
    expect(imported.status).toBe(201);
    expect(imported.json.title).toBe("Från Excel");
    expect(imported.json.areas).toEqual(original.areas);
    const shape = (q: { code: string; level: number; areas: string[]; answerType: string; options: unknown[]; source: string }) => [q.code, q.level, q.areas, q.answerType, q.options, q.source];
    expect(imported.json.questions.map(shape)).toEqual(original.questions.map(shape));

    const csv = "Kod,Nivå,Arbetsområden,Fråga,Kommentar,Svarstyp,Maxpoäng,Källa,Förifyllning,Alternativ,Svarsalternativ,Poäng\nx1,5,ledning,Fråga?,,single,,own,,a,Ja,1\nx1,5,ledning,Fråga?,,single,,own,,b,Nej,0\n";
    const bad = new FormData();
    bad.append("file", new File([csv], "fragor.csv"));
    const refused = await callRoute(importSet, token, { path: "/api/v1/questionnaires/import", form: bad });
    expect(refused.status).toBe(400);
    expect(refused.json.error.fields).toHaveProperty(["questions.0.level"]);
  });
});
