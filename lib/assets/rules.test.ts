import { describe, expect, it } from "vitest";
import { classificationModelSchema } from "../classification/schema";
import {
  aspectLevels,
  canHold,
  classificationStamp,
  cleanMotivations,
  defaultOwnerId,
  deriveProtection,
  isReviewOverdue,
  levelNamesFor,
  levelsChanged,
  mergeLevels,
  protectionBelowRequired,
  requiredProtectionLevel,
  requirementApplies,
  scaleErrors,
  securityProtectionFlag,
  writesOwnAssetsOnly,
} from "./rules";
import { ROLES } from "../authz/roles";

const model = classificationModelSchema.parse({});
const levels = (c: number | null, i: number | null, a: number | null, t: number | null = null) =>
  aspectLevels({ confidentiality: c, integrity: i, availability: a, traceability: t });

describe("classification rules", () => {
  it("defaults to KLASSA's scale 0–4 with traceability enabled and a 12-month review", () => {
    expect(model.levels.map((level) => level.name)).toEqual(["Försumbar", "Måttlig", "Betydande", "Allvarlig", "Synnerligen allvarlig"]);
    expect(model.traceabilityEnabled).toBe(true);
    expect(model.reviewIntervalMonths).toBe(12);
  });

  it("derives the protection level as the highest level set, never 0 for unclassified", () => {
    expect(deriveProtection(levels(2, 3, 1), model)).toEqual({ protectionLevel: 3, classified: true });
    expect(deriveProtection(levels(null, null, null), model)).toEqual({ protectionLevel: null, classified: false });
    expect(deriveProtection(levels(0, 0, 0), model)).toEqual({ protectionLevel: 0, classified: true });
    expect(deriveProtection(levels(1, null, null), model)).toEqual({ protectionLevel: 1, classified: false });
  });

  it("counts traceability in the level when enabled and in classified only when required", () => {
    expect(deriveProtection(levels(1, 1, 1, 3), model).protectionLevel).toBe(3);
    expect(deriveProtection(levels(1, 1, 1, 3), { ...model, traceabilityEnabled: false }).protectionLevel).toBe(1);
    expect(deriveProtection(levels(1, 1, 1), { ...model, traceabilityRequired: true }).classified).toBe(false);
    expect(deriveProtection(levels(1, 1, 1, 0), { ...model, traceabilityRequired: true }).classified).toBe(true);
    expect(deriveProtection(levels(1, 1, 1), { ...model, traceabilityEnabled: false, traceabilityRequired: true }).classified).toBe(true);
  });

  it("names levels outside the scale or on a switched-off aspect", () => {
    expect(scaleErrors({ confidentiality: 5, integrity: 4 }, model)).toEqual({ confidentiality: [expect.stringContaining("0 och 4")] });
    expect(scaleErrors({ traceability: 1 }, { ...model, traceabilityEnabled: false })).toHaveProperty("traceability");
    expect(scaleErrors({ confidentiality: null }, model)).toEqual({});
  });

  it("flags säkerhetsskyddsklassificerad information at level 4", () => {
    expect(securityProtectionFlag(levels(4, 1, 1), model)).toBe(true);
    expect(securityProtectionFlag(levels(3, 3, 3, 3), model)).toBe(false);
    expect(securityProtectionFlag(levels(1, 1, 1, 4), { ...model, traceabilityEnabled: false })).toBe(false);
  });

  it("requires a holder to be protected at least as the information it holds", () => {
    expect(requiredProtectionLevel([1, null, 3])).toBe(3);
    expect(requiredProtectionLevel([null])).toBeNull();
    expect(protectionBelowRequired(2, 3)).toBe(true);
    expect(protectionBelowRequired(null, 1)).toBe(true);
    expect(protectionBelowRequired(3, 3)).toBe(false);
    expect(protectionBelowRequired(null, null)).toBe(false);
  });

  it("stamps a classification and clears the stamp when every level is removed", () => {
    const at = new Date("2026-02-01T00:00:00Z");
    expect(classificationStamp(levels(2, 2, 2), model, "u1", at)).toMatchObject({ classifiedById: "u1", classifiedAt: at, reviewDueAt: new Date("2027-02-01T00:00:00Z") });
    expect(classificationStamp(levels(null, null, null), model, "u1", at)).toMatchObject({ classifiedAt: null, reviewDueAt: null, protectionLevel: null });
  });

  it("is overdue for review only past the due date", () => {
    const now = new Date("2026-06-01");
    expect(isReviewOverdue(new Date("2026-05-31"), now)).toBe(true);
    expect(isReviewOverdue(new Date("2026-06-02"), now)).toBe(false);
    expect(isReviewOverdue(null, now)).toBe(false);
  });

  it("merges levels: left out keeps, null clears; detects changes", () => {
    const before = levels(1, 2, 3);
    expect(mergeLevels(before, { integrity: null, availability: undefined })).toEqual(levels(1, null, 3));
    expect(levelsChanged(before, mergeLevels(before, {}))).toBe(false);
    expect(levelsChanged(before, mergeLevels(before, { confidentiality: 2 }))).toBe(true);
  });

  it("keeps level names and non-empty motivations", () => {
    expect(levelNamesFor(levels(2, 0, null), model)).toEqual({ confidentiality: "Betydande", integrity: "Försumbar" });
    expect(cleanMotivations({ confidentiality: " Sekretess ", integrity: "", availability: null })).toEqual({ confidentiality: "Sekretess" });
  });

  it("applies a requirement from its minimum level of its aspect", () => {
    expect(requirementApplies({ aspect: "confidentiality", minLevel: 2 }, levels(2, 0, 0), model)).toBe(true);
    expect(requirementApplies({ aspect: "confidentiality", minLevel: 3 }, levels(2, 0, 0), model)).toBe(false);
    expect(requirementApplies({ aspect: "availability", minLevel: 0 }, levels(2, 0, null), model)).toBe(false);
    expect(requirementApplies({ aspect: "traceability", minLevel: 1 }, levels(0, 0, 0, 2), { ...model, traceabilityEnabled: false })).toBe(false);
  });

  it("rejects a model whose levels are not numbered from 0", () => {
    const result = classificationModelSchema.safeParse({ levels: [{ value: 1, name: "A" }, { value: 2, name: "B" }] });
    expect(result.success).toBe(false);
  });
});

describe("rules the form and the service share", () => {
  it("lets only systems and services hold information", () => {
    expect(["information", "system", "service", "physical", "other", undefined].map(canHold)).toEqual([false, true, true, false, false, false]);
  });

  it("makes a role that writes only its own assets the owner of what it registers", () => {
    for (const role of ROLES) {
      const owns = role === "information_owner";
      expect(writesOwnAssetsOnly({ role })).toBe(owns);
      expect(defaultOwnerId({ role, userId: "u1" })).toBe(owns ? "u1" : null);
    }
  });
});
