import { describe, expect, it } from "vitest";
import { GET as listAuditRoute } from "@/app/api/v1/audit-events/route";
import { createOrganization, createOrgUnit, createPrincipal } from "../../test/factories";
import { callRoute } from "../../test/http";
import { createAction, deleteAction, updateAction } from "../actions/service";
import { db } from "../db/client";
import { auditLogEntries, recordHistory } from "./queries";
import { buildAuditEntries, type AuditRowInput } from "./view";

async function setup() {
  const organization = await createOrganization();
  const [ciso, owner, auditor] = await Promise.all([createPrincipal(organization, "ciso", "Karin Berg"), createPrincipal(organization, "information_owner", "Olle Ägare"), createPrincipal(organization, "auditor", "Rut Revisor")]);
  return { organization, ciso, owner, auditor };
}

const page = { page: 1, pageSize: 20 };

/** A stored event without a database round trip, for the wording alone. */
const row = (fields: Partial<AuditRowInput>): AuditRowInput => ({ id: crypto.randomUUID(), at: new Date("2026-03-02T09:15:00Z"), actorId: null, actorLabel: "system", entity: "action", entityId: crypto.randomUUID(), action: "update", before: null, after: null, ...fields });

describe("the change log as people read it", () => {
  it("names the person, links the record by its title and lists each changed field before → after with its label", async () => {
    const { ciso, owner, auditor } = await setup();
    const action = await createAction(ciso, { title: "Inför MFA", status: "planned", dueAt: new Date("2026-05-01T00:00:00Z") });
    await updateAction(ciso, action.id, { version: action.version, title: "Inför MFA för alla", ownerId: owner.userId, status: "in_progress" });
    const [changed, created] = (await recordHistory(auditor, "action", action.id, "sv"))!;

    expect(changed).toMatchObject({ actorName: "Karin Berg", verb: "ändrade", typeLabel: "Åtgärd", record: { title: "Inför MFA för alla", href: `/atgarder/${action.id}` } });
    expect(changed.changes.map((change) => [change.label, change.before?.text, change.after?.text])).toEqual([
      ["Rubrik", "Inför MFA", "Inför MFA för alla"],
      ["Ägare", "–", "Olle Ägare"],
      ["Status", "Planerad", "Pågår"],
    ]);
    expect(created.verb).toBe("skapade");
    // A new record has no "before": its fields are listed with their values only.
    expect(created.changes.every((change) => change.before === null)).toBe(true);
    expect(created.changes.map((change) => [change.label, change.after?.text])).toEqual(expect.arrayContaining([["Rubrik", "Inför MFA"], ["Förfallodag", "2026-05-01"]]));
    // Nobody's e-mail address and no internal code reaches the reader.
    const shown = [changed, created].flatMap((entry) => [entry.actorName, entry.verb, entry.typeLabel, entry.record.title, ...entry.changes.flatMap((change) => [change.label, change.before?.text ?? "", change.after?.text ?? ""])]);
    expect(shown.filter((text) => /@|^(update|create|planned|in_progress)$|Id$|^[0-9a-f-]{36}$/.test(text))).toEqual([]);

    const [english] = (await recordHistory(auditor, "action", action.id, "en"))!;
    expect(english).toMatchObject({ verb: "changed", typeLabel: "Action" });
    expect(english.changes.map((change) => change.label)).toEqual(["Title", "Owner", "Status"]);
    expect(english.changes[2].after?.text).toBe("In progress");
  });

  it("words what the change did: completing an action, closing an incident, proposing and accepting a risk, settings, the system", async () => {
    const rows = [
      row({ entity: "action", before: { status: "in_progress" }, after: { status: "done" } }),
      row({ entity: "incident", before: { status: "resolved" }, after: { status: "closed" } }),
      row({ entity: "incident", before: { status: "closed" }, after: { status: "investigating" } }),
      row({ entity: "risk", action: "accept", before: { status: "open" }, after: { status: "acceptance_proposed" } }),
      row({ entity: "risk", action: "accept", before: { status: "open" }, after: { status: "accepted" } }),
      row({ entity: "organization", action: "settings.risk", before: { reviewMonths: 12 }, after: { reviewMonths: 6 } }),
      row({ entity: "organization", action: "seed.demo" }),
      row({ entity: "maturity_proposal", action: "to_action" }),
      row({ entity: "incident", action: "obligation.nis2_early_warning" }),
      row({ entity: "asset", action: "import" }),
      row({ entity: "asset", action: "something.new" }),
    ];
    const entries = await buildAuditEntries(crypto.randomUUID(), rows, "sv");
    expect(entries.map((entry) => entry.verb)).toEqual([
      "markerade åtgärden som klar",
      "stängde incidenten",
      "öppnade incidenten igen",
      "föreslog att risken accepteras",
      "accepterade risken",
      "ändrade inställningarna",
      "läste in demoorganisationen",
      "gjorde förslaget till en åtgärd",
      "registrerade rapportering eller bedömning av en rapporteringsskyldighet",
      "importerade",
      "registrerade en ändring",
    ]);
    expect(entries[1].changes[0]).toMatchObject({ label: "Status", before: { text: "Åtgärdad" }, after: { text: "Avslutad" } });
    expect(entries[5].record.title).toBe("Inställningar: riskklasser och acceptanskriterier");
    expect(entries[6].actorName).toBe("Systemet");
    expect((await buildAuditEntries(crypto.randomUUID(), rows.slice(1, 2), "en"))[0].verb).toBe("closed the incident");
  });

  it("formats values: dates sv-SE, booleans Ja/Nej, coded values by label, long text shortened, unknown fields humanised", async () => {
    const long = "Lång motivering. ".repeat(20);
    const [entry] = await buildAuditEntries(
      crypto.randomUUID(),
      [
        row({
          entity: "asset",
          before: { reviewDueAt: "2026-03-01T00:00:00.000Z", classifiedAt: null, personalData: false, kind: "information", legalRequirements: "GDPR", someNewField: 1 },
          after: { reviewDueAt: "2027-03-01T00:00:00.000Z", classifiedAt: "2026-03-02T09:15:00.000Z", personalData: true, kind: "system", legalRequirements: long, someNewField: 2 },
        }),
      ],
      "sv",
    );
    const byLabel = Object.fromEntries(entry.changes.map((change) => [change.label, change]));
    expect(byLabel["Omprövas senast"]).toMatchObject({ before: { text: "2026-03-01" }, after: { text: "2027-03-01" } });
    expect(byLabel["Senast klassad"]).toMatchObject({ before: { text: "–" }, after: { text: "2026-03-02 10:15" } });
    expect(byLabel["Innehåller personuppgifter"]).toMatchObject({ before: { text: "Nej" }, after: { text: "Ja" } });
    expect(byLabel["Typ"]).toMatchObject({ before: { text: "Informationsmängd" }, after: { text: "System" } });
    expect(byLabel["Lagkrav"].before!.short).toBeNull();
    expect(byLabel["Lagkrav"].after).toMatchObject({ text: long, short: expect.stringMatching(/^Lång motivering\..*…$/) });
    expect(byLabel["Lagkrav"].after!.short!.length).toBeLessThan(long.length);
    expect(byLabel["Some new field"]).toMatchObject({ before: { text: "1" }, after: { text: "2" } });
  });

  it("words linked records by their titles and nested rows by their labels, without ids", async () => {
    const { organization } = await setup();
    const unit = await createOrgUnit(organization.id);
    const asset = (name: string) => db.asset.create({ data: { organizationId: organization.id, orgUnitId: unit.id, name } });
    const [payroll, records] = [await asset("Löner"), await asset("Journaler")];
    const link = (assetId: string) => ({ riskId: crypto.randomUUID(), assetId, asset: { ownerId: null } });
    const [risk, incident] = await buildAuditEntries(
      organization.id,
      [
        row({ entity: "risk", before: { assets: [link(payroll.id)] }, after: { assets: [link(payroll.id), link(records.id)] } }),
        row({ entity: "incident", after: { obligations: [{ id: crypto.randomUUID(), incidentId: crypto.randomUUID(), kind: "gdpr_imy", dueAt: "2026-03-02T10:00:00.000Z" }] } }),
      ],
      "sv",
    );
    expect(risk.changes).toHaveLength(1);
    expect(risk.changes[0]).toMatchObject({ label: "Informationstillgångar", before: { text: "Löner", href: `/tillgangar/${payroll.id}` } });
    expect(risk.changes[0].after!.text.split(", ").sort()).toEqual(["Journaler", "Löner"]);
    expect(incident.changes[0]).toMatchObject({ label: "Rapporteringsskyldighet", after: { text: "Typ: Personuppgiftsincident till IMY (72 h); Senast: 2026-03-02 11:00" } });
  });

  it("keeps a deleted record's title from its last snapshot, without a link", async () => {
    const { ciso, auditor } = await setup();
    const action = await createAction(ciso, { title: "Tillfällig åtgärd", status: "planned" });
    await deleteAction(ciso, action.id);
    const [deleted] = (await recordHistory(auditor, "action", action.id, "sv"))!;
    expect(deleted).toMatchObject({ verb: "tog bort", record: { title: "Tillfällig åtgärd (borttagen)", href: null } });
  });

  it("lists events of one transaction in the order they were written, newest first", async () => {
    const { organization, auditor } = await setup();
    const assessment = await db.maturityAssessment.create({ data: { organizationId: organization.id, title: "Dialog 2026", heldAt: new Date() } });
    // The same instant for all, as the database's transaction time gives events of one write.
    const at = new Date();
    await db.$transaction(async (tx) => {
      for (let n = 1; n <= 12; n++) {
        await tx.auditEvent.create({ data: { organizationId: organization.id, actorLabel: "system", entity: "maturity_assessment", entityId: assessment.id, action: "update", before: { title: `Steg ${n - 1}` }, after: { title: `Steg ${n}` }, at } });
      }
    });
    const entries = (await auditLogEntries(auditor, { ...page, entity: "maturity_assessment" }, "sv")).items;
    expect(entries.map((entry) => entry.changes[0].after?.text)).toEqual(Array.from({ length: 12 }, (_, i) => `Steg ${12 - i}`));
    // The assessment is written as "maturity_assessment" but is the registry's "maturity".
    expect(entries[0]).toMatchObject({ typeLabel: "Mognadsdialog", record: { title: "Dialog 2026", href: `/mognad/${assessment.id}` } });
  });

  it("answers the API with the stored fields plus the actor's name and the record's title and page, and finds people by name", async () => {
    const { ciso, auditor } = await setup();
    const action = await createAction(ciso, { title: "Logga inloggningar", status: "planned" });
    const answer = await callRoute(listAuditRoute, auditor, { path: `/api/v1/audit-events?entity=action&entityId=${action.id}` });
    expect(answer.status).toBe(200);
    expect(answer.json.items[0]).toMatchObject({
      actorId: ciso.userId,
      actorLabel: ciso.email,
      actorName: "Karin Berg",
      entity: "action",
      entityId: action.id,
      action: "create",
      recordTitle: "Logga inloggningar",
      recordHref: `/atgarder/${action.id}`,
      after: expect.objectContaining({ title: "Logga inloggningar" }),
    });
    const byName = await callRoute(listAuditRoute, auditor, { path: "/api/v1/audit-events?q=karin" });
    expect(byName.json.items.map((item: { entityId: string }) => item.entityId)).toContain(action.id);
  });
});
