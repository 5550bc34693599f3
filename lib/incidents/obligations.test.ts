import { describe, expect, it } from "vitest";
import { obligationStatus, reconcileObligations, requiredObligations } from "./obligations";

const detectedAt = new Date("2026-05-04T07:15:30.123Z");
const none = { nis2Covered: false, msbfsAgency: false };
const all = { nis2Covered: true, msbfsAgency: true };
const due = (list: { kind: string; dueAt: Date }[]) => Object.fromEntries(list.map((o) => [o.kind, o.dueAt.toISOString()]));

describe("reporting obligations", () => {
  it("owes IMY a report exactly 72 h after detection when personal data is involved", () => {
    expect(due(requiredObligations(none, { detectedAt, personalData: "yes", severity: null }))).toEqual({ gdpr_imy: "2026-05-07T07:15:30.123Z" });
    expect(requiredObligations(none, { detectedAt, personalData: "no", severity: 4 })).toEqual([]);
  });
  it("keeps the IMY obligation while personal data is unknown", () => {
    expect(due(requiredObligations(none, { detectedAt, personalData: "unknown", severity: 1 }))).toEqual({ gdpr_imy: "2026-05-07T07:15:30.123Z" });
  });
  it("adds NIS2 and MSBFS deadlines for significant incidents of covered organisations", () => {
    expect(due(requiredObligations(all, { detectedAt, personalData: "no", severity: 3 }))).toEqual({
      nis2_early_warning: "2026-05-05T07:15:30.123Z",
      nis2_notification: "2026-05-07T07:15:30.123Z",
      nis2_final_report: "2026-06-07T07:15:30.123Z",
      msbfs_cert_se: "2026-05-04T13:15:30.123Z",
      msbfs_final_report: "2026-06-01T07:15:30.123Z",
    });
  });
  it("owes nothing under NIS2 or MSBFS for minor or unassessed incidents", () => {
    expect(requiredObligations(all, { detectedAt, personalData: "no", severity: 2 })).toEqual([]);
    expect(requiredObligations(all, { detectedAt, personalData: "no", severity: null })).toEqual([]);
    expect(requiredObligations({ nis2Covered: true, msbfsAgency: false }, { detectedAt, personalData: "no", severity: 4 }).map((o) => o.kind)).toEqual([
      "nis2_early_warning",
      "nis2_notification",
      "nis2_final_report",
    ]);
  });
  it("runs the NIS2 final report from when the notification was made", () => {
    const recorded = [{ kind: "nis2_notification", dueAt: new Date(), reportedAt: new Date("2026-05-05T10:00:00.500Z"), reference: "CERT-1" }];
    expect(due(requiredObligations({ nis2Covered: true, msbfsAgency: false }, { detectedAt, personalData: "no", severity: 3 }, recorded)).nis2_final_report).toBe(
      "2026-06-05T10:00:00.500Z",
    );
  });
  it("counts elapsed hours across a DST change and keeps the wall clock for calendar periods", () => {
    const beforeDst = new Date("2026-03-28T10:00:00Z"); // 11:00 CET; clocks go forward 29 March
    const result = due(requiredObligations(all, { detectedAt: beforeDst, personalData: "yes", severity: 4 }));
    expect(result.gdpr_imy).toBe("2026-03-31T10:00:00.000Z");
    expect(result.msbfs_final_report).toBe("2026-04-25T09:00:00.000Z");
    // The notification is due 31 March 12:00 CEST (after the change); a month later is 30 April 12:00 CEST.
    expect(result.nis2_final_report).toBe("2026-04-30T10:00:00.000Z");
  });
  it("reconciles: new ones created, due dates moved, reported ones kept", () => {
    const existing = [
      { kind: "gdpr_imy", dueAt: new Date("2026-01-01T00:00:00Z"), reportedAt: new Date("2026-01-01T00:00:00Z"), reference: "IMY-1" },
      { kind: "msbfs_cert_se", dueAt: new Date("2026-01-01T00:00:00Z"), reportedAt: null, reference: null },
      { kind: "nis2_early_warning", dueAt: new Date("2026-01-01T00:00:00Z"), reportedAt: null, reference: null },
    ];
    const plan = reconcileObligations(
      [
        { kind: "nis2_early_warning", dueAt: new Date("2026-01-02T00:00:00Z") },
        { kind: "nis2_notification", dueAt: new Date("2026-01-04T00:00:00Z") },
      ],
      existing,
    );
    expect(plan.create.map((o) => o.kind)).toEqual(["nis2_notification"]);
    expect(plan.update).toEqual([{ kind: "nis2_early_warning", dueAt: new Date("2026-01-02T00:00:00Z") }]);
    expect(plan.remove).toEqual(["msbfs_cert_se"]);
  });
  it("tells due, overdue, reported and reported late apart", () => {
    const now = new Date("2026-05-05T00:00:00Z");
    const dueAt = new Date("2026-05-04T12:00:00Z");
    expect(obligationStatus({ dueAt, reportedAt: null }, now)).toBe("overdue");
    expect(obligationStatus({ dueAt: new Date("2026-05-06T00:00:00Z"), reportedAt: null }, now)).toBe("due");
    expect(obligationStatus({ dueAt, reportedAt: dueAt }, now)).toBe("reported");
    expect(obligationStatus({ dueAt, reportedAt: new Date(dueAt.getTime() + 1) }, now)).toBe("reported_late");
  });
});
