import { describe, expect, it } from "vitest";
import { POST as createAction } from "@/app/api/v1/actions/route";
import { POST as createAssessment } from "@/app/api/v1/maturity-assessments/route";
import { createOrgUnit, createOrgWithRoles, createPrincipal } from "../../test/factories";
import { callRoute, tokenFor } from "../../test/http";
import { assessmentBody } from "../../test/maturity-factories";
import { createTestAsset } from "../../test/assets-factories";
import { createTestIncident } from "../../test/incidents-factories";
import { createPlannedAudit } from "../../test/internal-audit";
import { ACTION_SOURCE_TYPES } from "../actions/schema";
import { db } from "../db/client";
import { assertReferences } from "../db/references";
import { EVIDENCE_TYPES } from "../maturity/schema";
import { RECORD_TYPE_KEYS, type RecordType } from "./registry";

type Org = Awaited<ReturnType<typeof createOrgWithRoles>>["organization"];

/** One record of each registered type; a type added to the registry needs a line here. */
const makers: Record<RecordType, (organization: Org) => Promise<string>> = {
  org_unit: async (organization) => (await createOrgUnit(organization.id)).id,
  user: async (organization) => (await createPrincipal(organization, "reporter")).userId,
  asset: async (organization) => (await createTestAsset(await createPrincipal(organization, "ciso"))).id,
  risk: async (organization) => (await db.risk.create({ data: { organizationId: organization.id, title: "R", identifiedAt: new Date(), likelihood: 1, consequence: 1, level: 1 } })).id,
  risk_analysis: async (organization) => (await db.riskAnalysis.create({ data: { organizationId: organization.id, title: "Analys" } })).id,
  incident: async (organization) => (await createTestIncident(await createPrincipal(organization, "reporter"))).id,
  action: async (organization) => (await db.action.create({ data: { organizationId: organization.id, title: "Åtgärd" } })).id,
  maturity: async (organization) => (await db.maturityAssessment.create({ data: { organizationId: organization.id, title: "Dialog", heldAt: new Date() } })).id,
  supplier: async (organization) => (await db.supplier.create({ data: { organizationId: organization.id, name: "Leverantör", category: "saas" } })).id,
  contract: async (organization) => (await db.contract.create({ data: { organizationId: organization.id, title: "Avtal", supplier: { create: { organizationId: organization.id, name: "L", category: "saas" } } } })).id,
  supplier_follow_up: async (organization) =>
    (await db.supplierFollowUp.create({ data: { organizationId: organization.id, performedAt: new Date(), method: "questionnaire", result: "approved", supplier: { create: { organizationId: organization.id, name: "L", category: "saas" } } } })).id,
  person: async (organization) => (await db.person.create({ data: { organizationId: organization.id, name: "Person" } })).id,
  training: async (organization) => (await db.training.create({ data: { organizationId: organization.id, title: "Kurs", kind: "e_learning" } })).id,
  survey: async (organization) => (await db.knowledgeSurvey.create({ data: { organizationId: organization.id, title: "Enkät", conductedAt: new Date(), method: "questionnaire" } })).id,
  audit_programme: async (organization) => (await createPlannedAudit(await createPrincipal(organization, "auditor"))).programme.id,
  audit: async (organization) => (await createPlannedAudit(await createPrincipal(organization, "auditor"))).audit.id,
  finding: async (organization) => {
    const { audit } = await createPlannedAudit(await createPrincipal(organization, "auditor"));
    return (await db.finding.create({ data: { organizationId: organization.id, auditId: audit.id, type: "observation", title: "Iakttagelse" } })).id;
  },
  questionnaire: async (organization) => (await db.questionSet.create({ data: { organizationId: organization.id, title: "Frågor" } })).id,
  questionnaire_response: async (organization) =>
    (await db.questionnaireResponse.create({ data: { organizationId: organization.id, title: "Mätning", periodFrom: new Date(), periodTo: new Date(), questionSet: { create: { organizationId: organization.id, title: "Frågor" } } } })).id,
  management_review: async (organization) => (await db.managementReview.create({ data: { organizationId: organization.id, title: "Genomgång", periodFrom: new Date(), periodTo: new Date() } })).id,
};

async function recordsOfEveryType(organization: Org): Promise<Record<RecordType, string>> {
  const entries = await Promise.all(RECORD_TYPE_KEYS.map(async (type) => [type, await makers[type](organization)] as const));
  return Object.fromEntries(entries) as Record<RecordType, string>;
}

describe("the record type registry", () => {
  it("finds each type's records in their own organisation only", async () => {
    const [ours, theirs] = await Promise.all([createOrgWithRoles(), createOrgWithRoles()]);
    const [own, foreign] = await Promise.all([recordsOfEveryType(ours.organization), recordsOfEveryType(theirs.organization)]);
    for (const type of RECORD_TYPE_KEYS) {
      const check = (id: string) => db.$transaction((tx) => assertReferences(tx, ours.organization.id, { ref: { type, ids: [id] } }));
      await expect(check(own[type]), type).resolves.toBeUndefined();
      await expect(check(foreign[type]), type).rejects.toMatchObject({ status: 400, fields: { ref: expect.any(Array) } });
    }
  });

  it("refuses an action whose source is another organisation's record, for every source type, writing nothing", async () => {
    const [ours, theirs] = await Promise.all([createOrgWithRoles(), createOrgWithRoles()]);
    const [own, foreign, token] = await Promise.all([recordsOfEveryType(ours.organization), recordsOfEveryType(theirs.organization), tokenFor(ours.ciso)]);
    const post = (source: { type: string; id: string }) => callRoute(createAction, token, { method: "POST", path: "/api/v1/actions", body: { title: "Följ upp", source } });
    for (const type of ACTION_SOURCE_TYPES) {
      const refused = await post({ type, id: foreign[type] });
      expect(refused.status, type).toBe(400);
      expect(refused.json.error.fields, type).toHaveProperty(["source.id"]);
    }
    expect((await post({ type: "supplier", id: foreign.risk })).status).toBe(400);
    expect(await db.action.count({ where: { organizationId: ours.organization.id, sourceType: { not: null } } })).toBe(0);
    for (const type of ACTION_SOURCE_TYPES) expect((await post({ type, id: own[type] })).status, type).toBe(201);
  });

  it("refuses maturity evidence of another organisation's record, for every evidence type", async () => {
    const [ours, theirs] = await Promise.all([createOrgWithRoles(), createOrgWithRoles()]);
    const [own, foreign, token] = await Promise.all([recordsOfEveryType(ours.organization), recordsOfEveryType(theirs.organization), tokenFor(ours.ciso)]);
    const body = assessmentBody();
    const post = (evidence: Array<{ type: string; id: string }>) =>
      callRoute(createAssessment, token, {
        method: "POST",
        path: "/api/v1/maturity-assessments",
        body: { ...body, entries: body.entries.map((entry, index) => (index === 0 ? { ...entry, evidence } : entry)) },
      });
    for (const type of EVIDENCE_TYPES) {
      const refused = await post([{ type: "asset", id: own.asset }, { type, id: foreign[type] }]);
      expect(refused.status, type).toBe(400);
      expect(Object.keys(refused.json.error.fields), type).toEqual([`entries.0.evidence.${type}`]);
    }
    expect((await post([{ type: "contract", id: own.asset }])).status).toBe(400);
    expect(await db.maturityAssessment.count({ where: { organizationId: ours.organization.id, title: body.title } })).toBe(0);
    expect((await post(EVIDENCE_TYPES.map((type) => ({ type, id: own[type] })))).status).toBe(201);
  });
});
