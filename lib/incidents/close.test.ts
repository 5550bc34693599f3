import { describe, expect, it } from "vitest";
import { POST as closeRoute } from "@/app/api/v1/incidents/[id]/close/route";
import { PATCH as obligationRoute } from "@/app/api/v1/incidents/[id]/obligations/[kind]/route";
import { PATCH as patchRoute } from "@/app/api/v1/incidents/[id]/route";
import { POST as reportRoute } from "@/app/api/v1/incidents/route";
import { GET as getSettings, PUT as putSettings } from "@/app/api/v1/settings/incidents/route";
import { createOrgWithRoles } from "../../test/factories";
import { callRoute, tokenFor } from "../../test/http";
import { db } from "../db/client";

const HOUR = 3_600_000;
const NIS2 = ["nis2_early_warning", "nis2_notification", "nis2_final_report"];

/**
 * An organisation under the cybersäkerhetslag, a phishing report (no personal data) and the ciso's
 * triage to severity 3: the three NIS2 obligations are open.
 */
async function seriousNis2Incident() {
  const roles = await createOrgWithRoles();
  const [admin, ciso, reporter] = await Promise.all([tokenFor(roles.admin), tokenFor(roles.ciso), tokenFor(roles.reporter)]);
  const settings = await callRoute(getSettings, admin, { path: "/api/v1/settings/incidents" });
  const put = await callRoute(putSettings, admin, { method: "PUT", path: "/api/v1/settings/incidents", body: { nis2Covered: true, version: settings.json.version } });
  expect(put.status).toBe(200);
  const detectedAt = new Date(Date.now() - 2 * HOUR);
  const filed = await callRoute(reportRoute, reporter, {
    path: "/api/v1/incidents",
    body: { title: "Nätfiskemejl", description: "Ett mejl bad om inloggning.", occurredAt: new Date(detectedAt.getTime() - HOUR).toISOString(), detectedAt: detectedAt.toISOString(), personalData: "no" },
  });
  const id: string = filed.json.id;
  const triaged = await callRoute(patchRoute, ciso, { method: "PATCH", params: { id }, body: { severity: 3, status: "triaged", version: 1 } });
  expect(triaged.json.obligations.map((o: { kind: string }) => o.kind).sort()).toEqual([...NIS2].sort());
  return { ...roles, tokens: { admin, ciso, reporter }, id, version: triaged.json.version as number, detectedAt };
}

const close = (token: string, id: string, body: Record<string, unknown>) => callRoute(closeRoute, token, { path: `/api/v1/incidents/${id}/close`, params: { id }, body });
// Events of one transaction share a timestamp, so they are put in order by the version each left behind.
const versionAfter = (event: { after: unknown }) => (event.after as { version?: number } | null)?.version ?? 0;
const auditOf = async (id: string) => (await db.auditEvent.findMany({ where: { entity: "incident", entityId: id } })).sort((a, b) => versionAfter(a) - versionAfter(b));

describe("POST /api/v1/incidents/{id}/close", () => {
  it("refuses while obligations are open: 400 obligations_open naming each, in Swedish, and nothing changes", async () => {
    const { tokens, id, version } = await seriousNis2Incident();
    const eventsBefore = (await auditOf(id)).length;
    const refused = await close(tokens.ciso, id, { rootCause: "Inloggningen krävde bara lösenord.", obligations: [{ kind: "nis2_early_warning", reportedAt: new Date().toISOString() }], version });
    expect(refused.status).toBe(400);
    expect(refused.json.error.code).toBe("obligations_open");
    expect(Object.keys(refused.json.error.fields).sort()).toEqual(["obligations.nis2_final_report", "obligations.nis2_notification"]);
    expect(refused.json.error.message).toContain("Incidentanmälan till CERT-SE (72 h)");
    const after = await db.incident.findUniqueOrThrow({ where: { id }, include: { obligations: true } });
    expect(after).toMatchObject({ status: "triaged", version, rootCause: null });
    expect(after.obligations.every((o) => o.reportedAt === null)).toBe(true);
    expect(await auditOf(id)).toHaveLength(eventsBefore);
  });

  it("closes once each is reported or assessed, walking triaged → investigating → resolved → closed, each step audited", async () => {
    const { tokens, ciso, id, version, detectedAt } = await seriousNis2Incident();
    const eventsBefore = (await auditOf(id)).length;
    const reportedAt = new Date(detectedAt.getTime() + HOUR).toISOString();
    const closed = await close(tokens.ciso, id, {
      rootCause: "Inloggningen krävde bara lösenord.",
      lessonsLearned: "Flerfaktorsinloggning för alla.",
      obligations: [
        { kind: "nis2_early_warning", reportedAt, reference: "CERT-SE 2026-1" },
        { kind: "nis2_notification", reportedAt },
        { kind: "nis2_final_report", notReportable: true, motivation: "Incidenten bedömdes i anmälan som inte betydande; CERT-SE begärde ingen slutrapport." },
      ],
      version,
    });
    expect(closed.status).toBe(200);
    expect(closed.json).toMatchObject({ status: "closed", rootCause: "Inloggningen krävde bara lösenord.", nextStatuses: ["investigating"], obligationOverdue: false });
    expect(closed.json.closedAt).not.toBeNull();
    const byKind = Object.fromEntries(closed.json.obligations.map((o: { kind: string }) => [o.kind, o]));
    expect(byKind.nis2_early_warning).toMatchObject({ status: "reported", reference: "CERT-SE 2026-1", assessedAt: null });
    expect(byKind.nis2_final_report).toMatchObject({
      status: "not_reportable",
      reportedAt: null,
      assessedById: ciso.userId,
      assessedByName: ciso.name,
      motivation: "Incidenten bedömdes i anmälan som inte betydande; CERT-SE begärde ingen slutrapport.",
    });
    expect(Date.now() - new Date(byKind.nis2_final_report.assessedAt).getTime()).toBeLessThan(60_000);

    const steps = (await auditOf(id)).slice(eventsBefore);
    const statuses = steps.map((e) => [(e.before as { status: string }).status, (e.after as { status: string }).status]);
    expect(statuses).toEqual([["triaged", "triaged"], ["triaged", "investigating"], ["investigating", "resolved"], ["resolved", "closed"]]);
    expect(steps.every((e) => e.action === "update" && e.actorId === ciso.userId)).toBe(true);
    expect((steps[0].after as { rootCause: string }).rootCause).toBe("Inloggningen krävde bara lösenord.");
    expect(closed.json.version).toBe(version + 4);
  });

  it("answers a not-reportable assessment without a motivation with 400 motivation_required, here and on the obligation route", async () => {
    const { tokens, id, version } = await seriousNis2Incident();
    const reportedAt = new Date().toISOString();
    const refused = await close(tokens.ciso, id, {
      rootCause: "Lösenord utan flerfaktor.",
      obligations: [{ kind: "nis2_early_warning", reportedAt }, { kind: "nis2_notification", reportedAt }, { kind: "nis2_final_report", notReportable: true, motivation: "  " }],
      version,
    });
    expect(refused.status).toBe(400);
    expect(refused.json.error).toMatchObject({ code: "motivation_required", fields: { "obligations.2.motivation": [expect.any(String)] } });
    const params = { id, kind: "nis2_final_report" };
    const single = await callRoute(obligationRoute, tokens.ciso, { method: "PATCH", params, body: { notReportable: true, version } });
    expect(single.status).toBe(400);
    expect(single.json.error).toMatchObject({ code: "motivation_required", fields: { motivation: [expect.any(String)] } });
    expect((await db.incident.findUniqueOrThrow({ where: { id } })).version).toBe(version);
  });

  it("needs the root cause, refuses reporters, stale versions and a second close", async () => {
    const { tokens, id, version } = await seriousNis2Incident();
    const reportedAt = new Date().toISOString();
    const obligations = NIS2.map((kind) => ({ kind, reportedAt }));
    expect((await close(tokens.reporter, id, { rootCause: "x", obligations, version })).status).toBe(403);
    const noCause = await close(tokens.ciso, id, { obligations, version });
    expect(noCause.json.error).toMatchObject({ code: "root_cause_required", fields: { rootCause: [expect.any(String)] } });
    expect((await close(tokens.ciso, id, { rootCause: "Lösenord utan flerfaktor.", obligations, version: version - 1 })).status).toBe(409);
    const closed = await close(tokens.ciso, id, { rootCause: "Lösenord utan flerfaktor.", obligations, version });
    expect(closed.status).toBe(200);
    const again = await close(tokens.ciso, id, { version: closed.json.version });
    expect(again.json.error.code).toBe("already_closed");
  });
});

describe("closing through PATCH and recording assessments", () => {
  it("PATCH status closed refuses open obligations; settled in the same PATCH it closes; a closed incident keeps them settled", async () => {
    const { tokens, id, version } = await seriousNis2Incident();
    let v = version;
    for (const status of ["investigating", "resolved"]) v = (await callRoute(patchRoute, tokens.ciso, { method: "PATCH", params: { id }, body: { status, version: v } })).json.version;
    const refused = await callRoute(patchRoute, tokens.ciso, { method: "PATCH", params: { id }, body: { status: "closed", rootCause: "Lösenord utan flerfaktor.", version: v } });
    expect(refused.status).toBe(400);
    expect(refused.json.error.code).toBe("obligations_open");
    expect(Object.keys(refused.json.error.fields).sort()).toEqual(NIS2.map((kind) => `obligations.${kind}`).sort());

    const single = await callRoute(obligationRoute, tokens.ciso, { method: "PATCH", params: { id, kind: "nis2_final_report" }, body: { notReportable: true, motivation: "Ingen betydande incident enligt CERT-SE.", version: v } });
    expect(single.json.obligations.find((o: { kind: string }) => o.kind === "nis2_final_report")).toMatchObject({ status: "not_reportable", motivation: "Ingen betydande incident enligt CERT-SE." });
    const reportedAt = new Date().toISOString();
    const closed = await callRoute(patchRoute, tokens.ciso, {
      method: "PATCH",
      params: { id },
      body: { status: "closed", rootCause: "Lösenord utan flerfaktor.", obligations: [{ kind: "nis2_early_warning", reportedAt }, { kind: "nis2_notification", reportedAt }], version: single.json.version },
    });
    expect(closed.json).toMatchObject({ status: "closed" });

    const withdraw = await callRoute(obligationRoute, tokens.ciso, { method: "PATCH", params: { id, kind: "nis2_notification" }, body: { reportedAt: null, version: closed.json.version } });
    expect(withdraw.json.error).toMatchObject({ code: "obligations_open", fields: { "obligations.nis2_notification": [expect.any(String)] } });
  });
});
