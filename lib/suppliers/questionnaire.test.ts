import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as readLink, POST as createLink, DELETE as revokeLink } from "@/app/api/v1/supplier-follow-ups/[id]/questionnaire-link/route";
import { POST as createFollowUp } from "@/app/api/v1/supplier-follow-ups/route";
import { POST as createContract } from "@/app/api/v1/contracts/route";
import { GET as getSettings, PUT as putSettings } from "@/app/api/v1/settings/suppliers/route";
import { GET as readPublic, POST as submitPublic } from "@/app/api/public/supplier-questionnaire/[token]/route";
import { hashToken } from "../auth/token-hash";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { CLIENT_ADDRESS_HEADER, SERVER_SETS_ADDRESS_ENV } from "../http/forwarded";
import { classifiedAsset, createCatalogue, createTestSupplier } from "../../test/suppliers-factories";
import { createOrgWithRoles } from "../../test/factories";
import { callRoute, tokenFor } from "../../test/http";
import { PUBLIC_QUESTIONNAIRE_LIMITS } from "./questionnaire-public";
import { DEFAULT_SUPPLIER_QUESTIONS } from "./settings-schema";

// Each test calls from its own address, so the per-address limit of one test never meets another's.
beforeAll(() => {
  process.env[SERVER_SETS_ADDRESS_ENV] = "1";
});
afterAll(() => {
  delete process.env[SERVER_SETS_ADDRESS_ENV];
});
const newAddress = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
const tokenOf = (url: string) => url.split("/leverantorsenkat/")[1];

async function questionnaireFollowUp(ciso: Principal, contract = false) {
  const supplier = await createTestSupplier(ciso);
  let contractId: string | undefined;
  if (contract) {
    await createCatalogue(ciso.organizationId);
    const asset = await classifiedAsset(ciso, 3);
    contractId = (await callRoute(createContract, ciso, { method: "POST", body: { supplierId: supplier.id, title: "Skolplattform", assetIds: [asset.id] } })).json.id;
  }
  const created = await callRoute(createFollowUp, ciso, { method: "POST", body: { supplierId: supplier.id, contractId, performedAt: "2026-03-01", method: "questionnaire", result: "approved" } });
  expect(created.status).toBe(201);
  return { supplier, followUpId: created.json.id as string };
}

function publicCall(address: string, token: string, body?: unknown) {
  return (body === undefined ? callRoute(readPublic, "none", { params: { token }, headers: { [CLIENT_ADDRESS_HEADER]: address } }) : callRoute(submitPublic, "none", { method: "POST", params: { token }, body, headers: { [CLIENT_ADDRESS_HEADER]: address } }));
}

const allYes = (questions: { key: string }[]) => ({ answers: questions.map((question) => ({ key: question.key, answer: "yes", comment: "Se bilaga." })) });

describe("supplier questionnaire links", () => {
  it("sends the organisation's questions and the contract's requirements; the token is stored hashed; answers land once", async () => {
    const { ciso, organization } = await createOrgWithRoles();
    const { followUpId, supplier } = await questionnaireFollowUp(ciso, true);
    const created = await callRoute(createLink, ciso, { method: "POST", params: { id: followUpId }, body: {} });
    expect(created.status).toBe(201);
    expect(created.json.status).toBe("sent");
    const token = tokenOf(created.json.url);
    expect(token).toMatch(/^sq_[A-Za-z0-9_-]{43}$/);
    const stored = await db.supplierQuestionnaireLink.findFirstOrThrow({ where: { followUpId } });
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    const days = (stored.expiresAt.getTime() - stored.createdAt.getTime()) / 86_400_000;
    expect(Math.round(days)).toBe(30);

    const address = newAddress();
    const opened = await publicCall(address, token);
    expect(opened.status).toBe(200);
    expect(Object.keys(opened.json).sort()).toEqual(["expiresAt", "organizationName", "questions", "supplierName"]);
    expect(opened.json).toMatchObject({ organizationName: organization.name, supplierName: supplier.name });
    const questions = opened.json.questions as { key: string; kind: string; code: string | null }[];
    expect(questions.filter((question) => question.kind === "organization").map((question) => question.key)).toEqual(DEFAULT_SUPPLIER_QUESTIONS.map((question) => question.key));
    expect(questions.filter((question) => question.kind === "requirement").map((question) => question.code)).toEqual(["K2", "K3"]);

    // Strict: an unknown field, a missing answer or an unknown key is 400.
    expect((await publicCall(address, token, { ...allYes(questions), extra: 1 })).status).toBe(400);
    expect((await publicCall(address, token, allYes(questions.slice(1)))).status).toBe(400);
    expect((await publicCall(address, token, { answers: [...allYes(questions).answers, { key: "okand", answer: "no" }] })).status).toBe(400);
    expect((await publicCall(address, token, { answers: questions.map((question) => ({ key: question.key, answer: "kanske" })) })).status).toBe(400);

    const body = { answers: questions.map((question, index) => ({ key: question.key, answer: index === 0 ? "partly" : "yes", comment: index === 0 ? "Certifikat förnyas i maj." : undefined })) };
    const submitted = await publicCall(address, token, body);
    expect(submitted.status).toBe(201);
    expect((await publicCall(address, token, body)).status).toBe(409);

    const view = (await callRoute(readLink, ciso, { params: { id: followUpId } })).json.link;
    expect(view.status).toBe("answered");
    expect(view.url).toBeUndefined();
    expect(view.answers[0]).toEqual({ key: questions[0].key, answer: "partly", comment: "Certifikat förnyas i maj." });
    const events = await db.auditEvent.findMany({ where: { entityId: followUpId, action: "questionnaire.answered" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: null, actorLabel: "system", organizationId: organization.id });
  });

  it("answers an unknown, revoked or expired token with the same 404", async () => {
    const { ciso } = await createOrgWithRoles();
    const { followUpId } = await questionnaireFollowUp(ciso);
    const first = tokenOf((await callRoute(createLink, ciso, { method: "POST", params: { id: followUpId }, body: {} })).json.url);
    // A new link revokes the open one.
    const second = tokenOf((await callRoute(createLink, ciso, { method: "POST", params: { id: followUpId }, body: { expiresInDays: 1 } })).json.url);
    const address = newAddress();
    expect((await publicCall(address, second)).status).toBe(200);
    expect((await callRoute(revokeLink, ciso, { method: "DELETE", params: { id: followUpId } })).status).toBe(204);
    expect((await callRoute(revokeLink, ciso, { method: "DELETE", params: { id: followUpId } })).status).toBe(404);
    expect((await callRoute(readLink, ciso, { params: { id: followUpId } })).json.link.status).toBe("revoked");

    const third = tokenOf((await callRoute(createLink, ciso, { method: "POST", params: { id: followUpId }, body: {} })).json.url);
    await db.supplierQuestionnaireLink.update({ where: { tokenHash: hashToken(third) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await callRoute(readLink, ciso, { params: { id: followUpId } })).json.link.status).toBe("expired");

    const unknown = `sq_${"x".repeat(43)}`;
    const answers = [];
    for (const token of [first, second, third, unknown, "kort"]) {
      const read = await publicCall(address, token);
      const sent = await publicCall(address, token, { answers: [{ key: "iso27001", answer: "yes" }] });
      answers.push([read.status, read.json, sent.status, sent.json]);
    }
    expect(answers[0][0]).toBe(404);
    for (const answer of answers) expect(answer).toEqual(answers[0]);
  });

  it("limits requests per token and per address (429)", async () => {
    const { ciso } = await createOrgWithRoles();
    const { followUpId } = await questionnaireFollowUp(ciso);
    const token = tokenOf((await callRoute(createLink, ciso, { method: "POST", params: { id: followUpId }, body: {} })).json.url);
    for (let i = 0; i < PUBLIC_QUESTIONNAIRE_LIMITS.perToken; i++) expect((await publicCall(newAddress(), token)).status).toBe(200);
    expect((await publicCall(newAddress(), token)).status).toBe(429);

    const address = newAddress();
    for (let i = 0; i < PUBLIC_QUESTIONNAIRE_LIMITS.perAddress; i++) expect((await publicCall(address, `sq_${randomUUID().replaceAll("-", "").padEnd(43, "a")}`)).status).toBe(404);
    const limited = await publicCall(address, `sq_${"b".repeat(43)}`);
    expect(limited.status).toBe(429);
    expect(limited.json.error.code).toBe("too_many_requests");
  });

  it("is the organisation's and the writer's: another organisation 404, a reporter 403, another method 400", async () => {
    const { ciso, reporter, management } = await createOrgWithRoles();
    const other = await createOrgWithRoles();
    const { followUpId } = await questionnaireFollowUp(ciso);
    const otherToken = await tokenFor(other.ciso);
    expect((await callRoute(createLink, otherToken, { method: "POST", params: { id: followUpId }, body: {} })).status).toBe(404);
    await callRoute(createLink, ciso, { method: "POST", params: { id: followUpId }, body: {} });
    expect((await callRoute(revokeLink, otherToken, { method: "DELETE", params: { id: followUpId } })).status).toBe(404);
    expect((await callRoute(readLink, otherToken, { params: { id: followUpId } })).status).toBe(404);
    expect((await callRoute(createLink, reporter, { method: "POST", params: { id: followUpId }, body: {} })).status).toBe(403);
    expect((await callRoute(revokeLink, management, { method: "DELETE", params: { id: followUpId } })).status).toBe(403);
    expect((await callRoute(readLink, management, { params: { id: followUpId } })).json.link.status).toBe("sent");

    const supplier = await createTestSupplier(ciso, { name: "Dokumentgranskad AB" });
    const review = await callRoute(createFollowUp, ciso, { method: "POST", body: { supplierId: supplier.id, performedAt: "2026-03-01", method: "document_review", result: "approved" } });
    const refused = await callRoute(createLink, ciso, { method: "POST", params: { id: review.json.id }, body: {} });
    expect(refused.status).toBe(400);
    expect(refused.json.error.code).toBe("follow_up_not_questionnaire");
  });

  it("sends the organisation's own list as kept in Administration", async () => {
    const { ciso, reporter } = await createOrgWithRoles();
    const settings = (await callRoute(getSettings, ciso)).json;
    expect(settings.questions.length).toBeGreaterThanOrEqual(5);
    const duplicate = [{ key: "a", text: "En" }, { key: "a", text: "Två" }];
    expect((await callRoute(putSettings, ciso, { method: "PUT", body: { ...settings, questions: duplicate } })).status).toBe(400);
    expect((await callRoute(putSettings, reporter, { method: "PUT", body: { ...settings, questions: [] } })).status).toBe(403);
    const own = [{ key: "loggning", text: "Loggas administratörers åtkomst?" }];
    expect((await callRoute(putSettings, ciso, { method: "PUT", body: { followUpIntervals: settings.followUpIntervals, questions: own, version: settings.version } })).status).toBe(200);
    const { followUpId } = await questionnaireFollowUp(ciso);
    const created = await callRoute(createLink, ciso, { method: "POST", params: { id: followUpId }, body: { expiresInDays: 7 } });
    expect(created.json.questions).toEqual([{ ...own[0], kind: "organization", code: null }]);
  });
});
