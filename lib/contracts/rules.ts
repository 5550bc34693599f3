import { ASPECTS } from "../classification/schema";
import type { ClassificationModel } from "../classification/schema";
import { requirementApplies, type AspectLevels, type RequirementRule } from "../assets/rules";
import { addDayMonths, isInEea } from "../suppliers/rules";
import type { ContractGap, ContractRequirementStatus, ContractStatus } from "./schema";

/** What the derivations need of a linked asset: its classification as it stands now. */
export type LinkedAsset = AspectLevels & { protectionLevel: number | null; personalData: boolean };

/** The highest level per aspect over the linked assets: what the contract's requirements follow. */
export function contractLevels(assets: readonly LinkedAsset[]): AspectLevels {
  const levels = Object.fromEntries(ASPECTS.map((aspect) => [aspect, null])) as AspectLevels;
  for (const asset of assets) {
    for (const aspect of ASPECTS) {
      const value = asset[aspect];
      if (value !== null && (levels[aspect] === null || value > levels[aspect])) levels[aspect] = value;
    }
  }
  return levels;
}

/** requiredLevel (null when no linked asset is classified), personalData and securityProtection (level 4). */
export function deriveContract(assets: readonly LinkedAsset[]) {
  const levels = assets.map((asset) => asset.protectionLevel).filter((level): level is number => level !== null);
  const requiredLevel = levels.length ? Math.max(...levels) : null;
  return { requiredLevel, personalData: assets.some((asset) => asset.personalData), securityProtection: requiredLevel === 4 };
}

/** The catalogue's requirements that the linked assets' levels trigger (the asset register's rule). */
export function triggeredRequirements<R extends RequirementRule>(catalogue: readonly R[], assets: readonly LinkedAsset[], model: Pick<ClassificationModel, "traceabilityEnabled">): R[] {
  const levels = contractLevels(assets);
  return catalogue.filter((requirement) => requirementApplies(requirement, levels, model));
}

/** The last day notice can be given: the end date less the notice period. */
export function noticeDate(endsAt: Date | null, noticeMonths: number | null): Date | null {
  if (!endsAt) return null;
  return addDayMonths(endsAt, -(noticeMonths ?? 0));
}

/** Gaps matter while the contract is being procured or runs; an ended contract has none. */
export const GAP_STATUSES: readonly ContractStatus[] = ["procurement", "active"];

export interface GapFacts {
  status: ContractStatus;
  personalData: boolean;
  securityProtection: boolean;
  dpaSignedAt: Date | null;
  securityAgreementSignedAt: Date | null;
  thirdCountryBasis: string | null;
  supplierCountry: string;
  requirementStatuses: readonly ContractRequirementStatus[];
}

/** What the contract lacks, as codes (DESIGN §6 Suppliers). */
export function contractGaps(facts: GapFacts): ContractGap[] {
  if (!GAP_STATUSES.includes(facts.status)) return [];
  const gaps: ContractGap[] = [];
  if (facts.personalData && !facts.dpaSignedAt) gaps.push("dpa_missing");
  if (facts.securityProtection && !facts.securityAgreementSignedAt) gaps.push("security_protection_agreement_missing");
  if (facts.personalData && !isInEea(facts.supplierCountry) && !facts.thirdCountryBasis) gaps.push("third_country_basis_missing");
  if (facts.requirementStatuses.includes("missing")) gaps.push("requirements_missing");
  return gaps;
}

/** Every triggered requirement is `included` or `not_applicable` (the requirements-share indicator). */
export const requirementsMet = (statuses: readonly ContractRequirementStatus[]): boolean =>
  statuses.every((status) => status === "included" || status === "not_applicable");

const GAP_TITLES: Record<ContractGap, string> = {
  dpa_missing: "Teckna personuppgiftsbiträdesavtal",
  security_protection_agreement_missing: "Teckna säkerhetsskyddsavtal",
  third_country_basis_missing: "Dokumentera grund för överföring till tredje land",
  requirements_missing: "Inför saknade säkerhetskrav",
};

/** The default title of an action made from a gap; stored data, so in the organisation's language (Swedish). */
export function gapActionTitle(gap: ContractGap, contractTitle: string, requirement?: { code: string; title: string }): string {
  const what = requirement ? `Inför krav ${requirement.code} ${requirement.title}` : GAP_TITLES[gap];
  return `${what}: ${contractTitle}`.slice(0, 200);
}
