import { describe, expect, it } from "vitest";
import { obligationChange, plannedObligations } from "./obligation-outcomes";
import { isOverdueObligation, obligationStatus, reconcileObligations } from "./obligations";

const now = new Date("2026-03-02T12:00:00Z");
const context = { detectedAt: new Date("2026-03-01T08:00:00Z"), userId: "ciso-1", now };

describe("an obligation's outcome", () => {
  it("records a report, clearing any assessment", () => {
    expect(obligationChange({ reportedAt: new Date("2026-03-01T20:00:00Z"), reference: "CERT-SE 1" }, context)).toEqual({
      reportedAt: new Date("2026-03-01T20:00:00Z"),
      reference: "CERT-SE 1",
      assessedById: null,
      assessedAt: null,
      motivation: null,
    });
  });

  it("records who assessed it as not reportable, when and why; the motivation is required", () => {
    expect(obligationChange({ notReportable: true, motivation: "Inte betydande." }, context)).toEqual({
      reportedAt: null,
      reference: null,
      assessedById: "ciso-1",
      assessedAt: now,
      motivation: "Inte betydande.",
    });
    expect(obligationChange({ notReportable: true }, context)).toEqual({ field: "motivation", code: "motivation_required" });
    expect(obligationChange({ notReportable: true, motivation: null }, context)).toEqual({ field: "motivation", code: "motivation_required" });
  });

  it("refuses both at once, neither, and report times before detection or in the future", () => {
    expect(obligationChange({ notReportable: true, motivation: "x", reportedAt: now }, context)).toMatchObject({ code: "outcome_conflict" });
    expect(obligationChange({ reportedAt: now, motivation: "x" }, context)).toMatchObject({ code: "outcome_conflict" });
    expect(obligationChange({}, context)).toEqual({ field: "reportedAt", code: "outcome_missing" });
    expect(obligationChange({ reportedAt: new Date("2026-03-01T07:00:00Z") }, context)).toMatchObject({ code: "reported_before_detection" });
    expect(obligationChange({ reportedAt: new Date("2026-03-02T13:00:00Z") }, context)).toMatchObject({ code: "reported_in_future" });
  });

  it("withdraws a report or an assessment", () => {
    const open = { reportedAt: null, reference: null, assessedById: null, assessedAt: null, motivation: null };
    expect(obligationChange({ reportedAt: null }, context)).toEqual(open);
    expect(obligationChange({ notReportable: false }, context)).toEqual(open);
  });

  it("counts an assessed obligation as neither due nor overdue", () => {
    const dueAt = new Date("2026-03-01T09:00:00Z");
    expect(obligationStatus({ dueAt, reportedAt: null, assessedAt: now }, now)).toBe("not_reportable");
    expect(isOverdueObligation({ dueAt, reportedAt: null, assessedAt: now }, now)).toBe(false);
    expect(isOverdueObligation({ dueAt, reportedAt: null, assessedAt: null }, now)).toBe(true);
  });

  it("plans the rows a reconcile leaves: kept with their outcome, new ones open, unsettled ones removed", () => {
    const dueAt = new Date("2026-03-02T08:00:00Z");
    const existing = [
      { kind: "gdpr_imy", dueAt, reportedAt: dueAt, reference: "IMY-1", assessedAt: null },
      { kind: "msbfs_cert_se", dueAt, reportedAt: null, reference: null, assessedAt: null },
    ];
    const required = [
      { kind: "gdpr_imy" as const, dueAt: new Date("2026-03-04T08:00:00Z") },
      { kind: "nis2_early_warning" as const, dueAt },
    ];
    expect(plannedObligations(reconcileObligations(required, existing), existing)).toEqual([
      { kind: "gdpr_imy", dueAt: new Date("2026-03-04T08:00:00Z"), reportedAt: dueAt, reference: "IMY-1", assessedAt: null },
      { kind: "nis2_early_warning", dueAt, reportedAt: null, reference: null, assessedAt: null },
    ]);
  });
});
