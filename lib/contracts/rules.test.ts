import { describe, expect, it } from "vitest";
import { contractGaps, deriveContract, noticeDate, triggeredRequirements, type GapFacts, type LinkedAsset } from "./rules";

const asset = (confidentiality: number | null, personalData = false): LinkedAsset => ({
  confidentiality,
  integrity: confidentiality === null ? null : 1,
  availability: confidentiality === null ? null : 1,
  traceability: null,
  protectionLevel: confidentiality,
  personalData,
});
const facts = (over: Partial<GapFacts>): GapFacts => ({
  status: "active",
  personalData: false,
  securityProtection: false,
  dpaSignedAt: null,
  securityAgreementSignedAt: null,
  thirdCountryBasis: null,
  supplierCountry: "SE",
  requirementStatuses: [],
  ...over,
});

describe("contract rules", () => {
  it("takes the highest protection level of the linked assets, null when none is classified", () => {
    expect(deriveContract([asset(1), asset(3, true)])).toEqual({ requiredLevel: 3, personalData: true, securityProtection: false });
    expect(deriveContract([asset(null)])).toEqual({ requiredLevel: null, personalData: false, securityProtection: false });
    expect(deriveContract([asset(4)]).securityProtection).toBe(true);
  });

  it("triggers the catalogue's requirements by the highest level per aspect", () => {
    const catalogue = [
      { code: "K2", aspect: "confidentiality", minLevel: 2 },
      { code: "K4", aspect: "confidentiality", minLevel: 4 },
      { code: "S1", aspect: "traceability", minLevel: 1 },
    ];
    expect(triggeredRequirements(catalogue, [asset(1), asset(3)], { traceabilityEnabled: true }).map((r) => r.code)).toEqual(["K2"]);
  });

  it("names each gap, and none once the contract has ended", () => {
    expect(contractGaps(facts({ personalData: true, supplierCountry: "US", requirementStatuses: ["included", "missing"] }))).toEqual(["dpa_missing", "third_country_basis_missing", "requirements_missing"]);
    expect(contractGaps(facts({ securityProtection: true }))).toEqual(["security_protection_agreement_missing"]);
    expect(contractGaps(facts({ personalData: true, dpaSignedAt: new Date(), requirementStatuses: ["partly", "not_applicable"] }))).toEqual([]);
    expect(contractGaps(facts({ status: "terminated", personalData: true }))).toEqual([]);
  });

  it("puts the notice date the notice months before the end", () => {
    expect(noticeDate(new Date("2027-06-30T00:00:00Z"), 6)).toEqual(new Date("2026-12-30T00:00:00Z"));
    expect(noticeDate(null, 6)).toBeNull();
  });
});
