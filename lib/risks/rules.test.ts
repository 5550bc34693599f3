import { describe, expect, it } from "vitest";
import {
  acceptanceDeniedMessage,
  acceptanceLimit,
  mayAccept,
  bandFor,
  bandRange,
  isAcceptanceDocumented,
  isReviewOverdue,
  residualLevel,
  resolveRisk,
  riskLevel,
  type RiskState,
} from "./rules";
import { DEFAULT_RISK_SETTINGS, riskSettingsSchema } from "./settings-schema";

const { bands, acceptance: criteria } = DEFAULT_RISK_SETTINGS;
const actor = { userId: "u1", now: new Date("2026-05-01T10:00:00Z") };

describe("risk level and bands", () => {
  it("multiplies likelihood by consequence", () => {
    expect(riskLevel(3, 4)).toBe(12);
    expect(bandFor(12, bands)).toBe("high");
  });
  it("rejects values outside 1–4 naming the field", () => {
    expect(() => riskLevel(5, 2)).toThrow(expect.objectContaining({ code: "validation_error", fields: { likelihood: expect.any(Array) } }));
    expect(() => riskLevel(2, 0)).toThrow(expect.objectContaining({ fields: { consequence: expect.any(Array) } }));
    expect(() => riskLevel(2.5, 2)).toThrow(expect.objectContaining({ code: "validation_error" }));
  });
  it("uses the default bands low 1–2, medium 3–6, high 8–12, extreme 16", () => {
    expect([1, 2, 3, 4, 6, 8, 9, 12, 16].map((level) => bandFor(level, bands))).toEqual(["low", "low", "medium", "medium", "medium", "high", "high", "high", "extreme"]);
    expect(bandRange("medium", bands)).toEqual({ gte: 3, lte: 6 });
    expect(bandRange("extreme", bands)).toEqual({ gte: 13, lte: 16 });
  });
  it("follows edited bands", () => {
    const edited = riskSettingsSchema.parse({ bands: { low: 3, medium: 8, high: 9 } }).bands;
    expect(bandFor(3, edited)).toBe("low");
    expect(bandFor(12, edited)).toBe("extreme");
  });
  it("refuses bands that do not rise", () => {
    const result = riskSettingsSchema.safeParse({ bands: { low: 6, medium: 4, high: 12 } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(["bands", "medium"]);
  });
  it("computes the residual level only when both values are set", () => {
    expect(residualLevel(2, 3)).toBe(6);
    expect(residualLevel(null, 3)).toBeNull();
  });
});

describe("acceptance authority", () => {
  it("lets the risk owner accept low, the ciso up to medium and management any band", () => {
    expect(acceptanceLimit("information_owner", true, criteria)).toBe("low");
    expect(acceptanceLimit("information_owner", false, criteria)).toBeNull();
    expect(acceptanceLimit("ciso", false, criteria)).toBe("medium");
    expect(acceptanceLimit("admin", false, criteria)).toBe("medium");
    expect(acceptanceLimit("management", false, criteria)).toBe("extreme");
    expect(acceptanceLimit("auditor", false, criteria)).toBeNull();
  });
  it("says who may decide when the authority does not reach", () => {
    expect(acceptanceDeniedMessage("high", criteria)).toBe("Endast ledningen får acceptera risker på nivån hög.");
    expect(acceptanceDeniedMessage("medium", criteria)).toBe("Endast informationssäkerhetssamordnaren, administratören eller ledningen får acceptera risker på nivån medelhög.");
    expect(mayAccept({ role: "ciso", isRiskOwner: false }, "high", criteria)).toBe(false);
    expect(acceptanceDeniedMessage("high", criteria)).toBe("Endast ledningen får acceptera risker på nivån hög.");
    expect(mayAccept({ role: "management", isRiskOwner: false }, "extreme", criteria)).toBe(true);
    expect(mayAccept({ role: "information_owner", isRiskOwner: true }, "low", criteria)).toBe(true);
  });
  it("judges acceptance records complete only with who, when and why", () => {
    expect(isAcceptanceDocumented({ decidedById: "u", decidedAt: new Date(), motivation: "Kostnad" })).toBe(true);
    expect(isAcceptanceDocumented({ decidedById: "u", decidedAt: new Date(), motivation: " " })).toBe(false);
    expect(isAcceptanceDocumented(null)).toBe(false);
  });
});

describe("resolveRisk", () => {
  const open: RiskState = { likelihood: 2, consequence: 3, treatment: null, residualLikelihood: null, residualConsequence: null, status: "open", acceptance: null };

  it("creates an open risk with a history row", () => {
    const result = resolveRisk(null, { likelihood: 3, consequence: 4 }, bands, actor);
    expect(result).toMatchObject({ level: 12, residualLevel: null, decision: null, levelChanged: true, state: { status: "open" } });
  });
  it("requires a motivation to accept, naming acceptance.motivation", () => {
    expect(() => resolveRisk(open, { treatment: "accept" }, bands, actor)).toThrow(expect.objectContaining({ code: "motivation_required", fields: { "acceptance.motivation": expect.any(Array) } }));
  });
  it("records the decision with defaults and sets status accepted", () => {
    const result = resolveRisk(open, { treatment: "accept", acceptance: { motivation: "Låg kostnad" } }, bands, actor);
    expect(result.decision).toEqual({ decidedById: "u1", decidedAt: actor.now, motivation: "Låg kostnad", recordedById: "u1", confirmedAt: null });
    expect(result.state).toMatchObject({ status: "accepted", residualLikelihood: 2, residualConsequence: 3 });
    expect(result.residualLevel).toBe(6);
  });
  it("holds a decision registered on someone's behalf as proposed when the decider must confirm it", () => {
    const onBehalf = { treatment: "accept" as const, acceptance: { motivation: "Ledningsgruppen", decidedById: "u2" } };
    expect(resolveRisk(open, onBehalf, bands, actor).state).toMatchObject({ status: "accepted", acceptance: { decidedById: "u2", recordedById: "u1" } });
    const proposed = resolveRisk(open, onBehalf, bands, { ...actor, confirmOnBehalf: true }).state;
    expect(proposed.status).toBe("acceptance_proposed");
    expect(resolveRisk(proposed, {}, bands, actor).state.status).toBe("acceptance_proposed");
    for (const status of ["accepted", "closed"] as const) {
      expect(() => resolveRisk(proposed, { status }, bands, actor)).toThrow(expect.objectContaining({ fields: { status: expect.any(Array) } }));
    }
    expect(() => resolveRisk(open, { treatment: "accept", status: "acceptance_proposed", acceptance: { motivation: "x" } }, bands, actor)).toThrow(
      expect.objectContaining({ code: "validation_error" }),
    );
    expect(resolveRisk(proposed, { treatment: "reduce" }, bands, actor).state).toMatchObject({ status: "open", acceptance: null });
  });
  it("keeps an earlier decision on unrelated changes but asks for a new one when the band rises", () => {
    const accepted = resolveRisk(open, { treatment: "accept", acceptance: { motivation: "OK" } }, bands, actor).state;
    expect(resolveRisk(accepted, { likelihood: 1 }, bands, actor).decision).toBeNull();
    expect(() => resolveRisk(accepted, { likelihood: 4 }, bands, actor)).toThrow(expect.objectContaining({ fields: { "acceptance.motivation": expect.any(Array) } }));
  });
  it("drops the acceptance and reopens when the treatment changes", () => {
    const accepted = resolveRisk(open, { treatment: "accept", acceptance: { motivation: "OK" } }, bands, actor).state;
    expect(resolveRisk(accepted, { treatment: "reduce" }, bands, actor).state).toMatchObject({ status: "open", acceptance: null });
  });
  it("refuses status accepted without the accept treatment and half-set residual values", () => {
    expect(() => resolveRisk(open, { status: "accepted" }, bands, actor)).toThrow(expect.objectContaining({ fields: { status: expect.any(Array) } }));
    expect(() => resolveRisk(open, { residualLikelihood: 1 }, bands, actor)).toThrow(expect.objectContaining({ fields: { residualConsequence: expect.any(Array) } }));
    expect(() => resolveRisk(open, { acceptance: { motivation: "x" } }, bands, actor)).toThrow(expect.objectContaining({ fields: { treatment: expect.any(Array) } }));
  });
  it("writes history only when levels or status change", () => {
    expect(resolveRisk(open, {}, bands, actor).levelChanged).toBe(false);
    expect(resolveRisk(open, { status: "treated" }, bands, actor).levelChanged).toBe(true);
    expect(resolveRisk(open, { residualLikelihood: 1, residualConsequence: 1 }, bands, actor).levelChanged).toBe(true);
  });
  it("flags reviews that are due on risks not closed", () => {
    expect(isReviewOverdue(new Date("2026-01-01"), "open", actor.now)).toBe(true);
    expect(isReviewOverdue(new Date("2026-01-01"), "closed", actor.now)).toBe(false);
    expect(isReviewOverdue(null, "open", actor.now)).toBe(false);
  });
});
