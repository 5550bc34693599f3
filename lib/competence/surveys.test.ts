import { describe, expect, it } from "vitest";
import { GET as listActions } from "@/app/api/v1/actions/route";
import { POST as suggest } from "@/app/api/v1/knowledge-surveys/[id]/suggest-training/route";
import { GET as getSurvey, PATCH as patchSurvey } from "@/app/api/v1/knowledge-surveys/[id]/route";
import { POST as createSurvey } from "@/app/api/v1/knowledge-surveys/route";
import { GET as rounds, POST as addRound } from "@/app/api/v1/trainings/[id]/phishing-rounds/route";
import { POST as createTraining } from "@/app/api/v1/trainings/route";
import { createOrgWithRoles } from "../../test/factories";
import { callRoute, tokenFor } from "../../test/http";

describe("knowledge surveys and phishing rounds", () => {
  it("compares each area with the previous survey and turns a weak area into an action", async () => {
    const { ciso, management } = await createOrgWithRoles();
    const token = await tokenFor(ciso);
    const post = (body: object) => callRoute(createSurvey, token, { path: "/api/v1/knowledge-surveys", body });
    const first = await post({ title: "2025", conductedAt: "2025-10-01", method: "questionnaire", areas: ["rules", "threats_risks"], results: [{ area: "rules", score: 50 }, { area: "threats_risks", score: 70 }] });
    expect(first.status).toBe(201);
    const second = await post({ title: "2026", conductedAt: "2026-10-01", method: "test", areas: ["rules", "incident_response"], results: [{ area: "rules", score: 65 }, { area: "incident_response", score: 40 }] });
    expect(second.json.results).toEqual([
      { area: "rules", score: 65, previousScore: 50, change: 15 },
      { area: "incident_response", score: 40, previousScore: null, change: null },
    ]);
    expect(second.json.previousSurveyId).toBe(first.json.id);
    const stray = await post({ title: "X", conductedAt: "2026-10-01", method: "test", areas: ["rules"], results: [{ area: "support_tools", score: 1 }] });
    expect(stray.status).toBe(400);
    expect((await callRoute(patchSurvey, token, { method: "PATCH", params: { id: first.json.id }, body: { title: "Ny", version: 2 } })).status).toBe(409);

    expect((await callRoute(suggest, await tokenFor(management), { params: { id: second.json.id }, body: { area: "incident_response" } })).status).toBe(403);
    const action = await callRoute(suggest, token, { params: { id: second.json.id }, body: { area: "incident_response" } });
    expect(action.status).toBe(201);
    const actions = await callRoute(listActions, token, { path: `/api/v1/actions?source=survey:${second.json.id}` });
    expect(actions.json.items).toEqual([expect.objectContaining({ id: action.json.actionId, source: expect.objectContaining({ type: "survey", id: second.json.id }), title: "Utbildningsbehov: Vad man gör när en incident inträffar" })]);
    expect((await callRoute(getSurvey, await tokenFor(management), { params: { id: second.json.id } })).status).toBe(200);
  });

  it("records phishing rounds with click and report rates, only on a phishing exercise", async () => {
    const { ciso } = await createOrgWithRoles();
    const token = await tokenFor(ciso);
    const training = await callRoute(createTraining, token, { path: "/api/v1/trainings", body: { title: "Phishing", kind: "phishing_exercise", status: "active" } });
    const course = await callRoute(createTraining, token, { path: "/api/v1/trainings", body: { title: "Kurs", kind: "classroom" } });
    const round = await callRoute(addRound, token, { params: { id: training.json.id }, body: { sentAt: "2026-05-01", recipients: 200, clicked: 30, reported: 50 } });
    expect(round.status).toBe(201);
    expect(round.json).toMatchObject({ clickRate: 0.15, reportRate: 0.25 });
    expect((await callRoute(addRound, token, { params: { id: training.json.id }, body: { sentAt: "2026-05-01", recipients: 10, clicked: 30, reported: 0 } })).json.error.fields).toHaveProperty(["clicked"]);
    expect((await callRoute(addRound, token, { params: { id: course.json.id }, body: { sentAt: "2026-05-01", recipients: 10, clicked: 1, reported: 0 } })).status).toBe(400);
    expect((await callRoute(rounds, token, { params: { id: training.json.id } })).json.items).toHaveLength(1);
  });
});
