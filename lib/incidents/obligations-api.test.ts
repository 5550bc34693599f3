import { describe, expect, it } from "vitest";
import { createOrgWithRoles } from "../../test/factories";
import { createTestIncident } from "../../test/incidents-factories";
import { recordObligationReport } from "./obligation-service";
import { incidentUpdateSchema, obligationReportSchema } from "./schema";
import { incidentSettings } from "./settings";
import { incidentSettingsSchema } from "./settings-schema";
import { updateIncident } from "./service";

const patch = (input: Record<string, unknown>) => incidentUpdateSchema.parse(input);
const report = (input: Record<string, unknown>) => obligationReportSchema.parse(input);
const kinds = (incident: { obligations: { kind: string }[] }) => incident.obligations.map((o) => o.kind).sort();

describe("obligations on an incident", () => {
  it("flags IMY as to assess while personal data is unknown and drops it on no", async () => {
    const { reporter, ciso } = await createOrgWithRoles();
    const incident = await createTestIncident(reporter);
    expect(incident.obligations).toEqual([expect.objectContaining({ kind: "gdpr_imy", toAssess: true })]);
    const answered = await updateIncident(ciso, incident.id, patch({ personalData: "no", version: 1 }));
    expect(answered.obligations).toEqual([]);
  });

  it("recomputes on severity and detection changes and keeps recorded reports", async () => {
    const { admin, reporter, ciso } = await createOrgWithRoles();
    await incidentSettings.write(admin, incidentSettingsSchema.parse({ nis2Covered: true, msbfsAgency: true }), 1);
    const incident = await createTestIncident(reporter, { personalData: "yes", detectedAt: "2026-01-10T09:00:00Z" });
    expect(kinds(incident)).toEqual(["gdpr_imy"]);
    let v = await recordObligationReport(ciso, incident.id, "gdpr_imy", report({ reportedAt: "2026-01-12T10:00:00Z", reference: "IMY-2026-17", version: 1 }));
    expect(v.obligations[0]).toMatchObject({ status: "reported", reference: "IMY-2026-17" });
    v = await updateIncident(ciso, incident.id, patch({ severity: 4, version: v.version }));
    expect(kinds(v)).toEqual(["gdpr_imy", "msbfs_cert_se", "msbfs_final_report", "nis2_early_warning", "nis2_final_report", "nis2_notification"]);
    expect(v.obligationOverdue).toBe(true);
    v = await updateIncident(ciso, incident.id, patch({ detectedAt: "2026-01-10T10:00:00Z", version: v.version }));
    const imy = v.obligations.find((o) => o.kind === "gdpr_imy")!;
    expect(imy).toMatchObject({ dueAt: "2026-01-13T10:00:00.000Z", reportedAt: "2026-01-12T10:00:00.000Z", reference: "IMY-2026-17" });
    expect(v.obligations.find((o) => o.kind === "msbfs_cert_se")!.dueAt).toBe("2026-01-10T16:00:00.000Z");
    // Downgraded: the unreported NIS2/MSBFS obligations go, the IMY report stays on record.
    v = await updateIncident(ciso, incident.id, patch({ severity: 2, personalData: "no", version: v.version }));
    expect(v.obligations).toEqual([expect.objectContaining({ kind: "gdpr_imy", status: "reported" })]);
  });

  it("moves the NIS2 final report to a month after the notification was made", async () => {
    const { admin, reporter, ciso } = await createOrgWithRoles();
    await incidentSettings.write(admin, incidentSettingsSchema.parse({ nis2Covered: true }), 1);
    const incident = await createTestIncident(reporter, { personalData: "no", detectedAt: "2026-01-10T09:00:00Z" });
    let v = await updateIncident(ciso, incident.id, patch({ severity: 3, version: 1 }));
    expect(v.obligations.find((o) => o.kind === "nis2_final_report")!.dueAt).toBe("2026-02-13T09:00:00.000Z");
    v = await recordObligationReport(ciso, incident.id, "nis2_notification", report({ reportedAt: "2026-01-14T15:30:00Z", version: v.version }));
    expect(v.obligations.find((o) => o.kind === "nis2_notification")!.status).toBe("reported_late");
    expect(v.obligations.find((o) => o.kind === "nis2_final_report")!.dueAt).toBe("2026-02-14T15:30:00.000Z");
  });

  it("rejects unknown kinds, missing obligations, bad times and non-handlers", async () => {
    const { reporter, ciso } = await createOrgWithRoles();
    const incident = await createTestIncident(reporter, { personalData: "yes", detectedAt: "2026-01-10T09:00:00Z" });
    await expect(recordObligationReport(ciso, incident.id, "fax", report({ reportedAt: null, version: 1 }))).rejects.toMatchObject({ status: 400, fields: { kind: expect.any(Array) } });
    await expect(recordObligationReport(ciso, incident.id, "msbfs_cert_se", report({ reportedAt: null, version: 1 }))).rejects.toMatchObject({ status: 404 });
    await expect(recordObligationReport(ciso, incident.id, "gdpr_imy", report({ reportedAt: "2026-01-09T09:00:00Z", version: 1 }))).rejects.toMatchObject({
      status: 400,
      fields: { reportedAt: expect.any(Array) },
    });
    await expect(recordObligationReport(reporter, incident.id, "gdpr_imy", report({ reportedAt: "2026-01-11T09:00:00Z", version: 1 }))).rejects.toMatchObject({ status: 403 });
    await expect(recordObligationReport(ciso, incident.id, "gdpr_imy", report({ reportedAt: "2026-01-11T09:00:00Z", version: 9 }))).rejects.toMatchObject({ status: 409 });
  });
});
