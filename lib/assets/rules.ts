import { addCalendarMonths } from "../dates";
import { assetMessages } from "./messages";
import { scopeOf } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { ASPECTS, enabledAspects, requiredAspects, topLevel, type Aspect, type ClassificationModel } from "../classification/schema";

export type AspectLevels = Record<Aspect, number | null>;
type ModelShape = Pick<ClassificationModel, "levels" | "traceabilityEnabled">;

export const HOLDER_KINDS = ["system", "service"] as const;

export function aspectLevels(source: Partial<Record<Aspect, number | null | undefined>>): AspectLevels {
  return {
    confidentiality: source.confidentiality ?? null,
    integrity: source.integrity ?? null,
    availability: source.availability ?? null,
    traceability: source.traceability ?? null,
  };
}

/**
 * Protection level = the highest level of the enabled aspects that are set (null when none is set:
 * unclassified is never 0); classified = every required aspect has a level (K, R, T, and S when the
 * model requires it).
 */
export function deriveProtection(levels: AspectLevels, model: Pick<ClassificationModel, "traceabilityEnabled" | "traceabilityRequired">) {
  const set = enabledAspects(model)
    .map((aspect) => levels[aspect])
    .filter((value): value is number => value !== null);
  return {
    protectionLevel: set.length ? Math.max(...set) : null,
    classified: requiredAspects(model).every((aspect) => levels[aspect] !== null),
  };
}

export function levelsChanged(before: AspectLevels, after: AspectLevels): boolean {
  return ASPECTS.some((aspect) => before[aspect] !== after[aspect]);
}

export function isReviewOverdue(reviewDueAt: Date | null, now = new Date()): boolean {
  return reviewDueAt !== null && reviewDueAt < now;
}

/** Any enabled aspect at a level the model marks as säkerhetsskyddsklassificerad. */
export function securityProtectionFlag(levels: AspectLevels, model: ModelShape): boolean {
  const flagged = new Set(model.levels.filter((level) => level.securityProtection).map((level) => level.value));
  return enabledAspects(model).some((aspect) => levels[aspect] !== null && flagged.has(levels[aspect]));
}

/** A system or service must be protected at least as the information it holds. */
export function requiredProtectionLevel(heldLevels: ReadonlyArray<number | null>): number | null {
  const set = heldLevels.filter((value): value is number => value !== null);
  return set.length ? Math.max(...set) : null;
}

export function protectionBelowRequired(protectionLevel: number | null, required: number | null): boolean {
  return required !== null && (protectionLevel === null || protectionLevel < required);
}

/** Levels outside the model's scale, or on a switched-off aspect, as 400 fields. */
export function scaleErrors(levels: Partial<Record<Aspect, number | null | undefined>>, model: ModelShape, prefix = ""): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  const top = topLevel(model);
  for (const aspect of ASPECTS) {
    const value = levels[aspect];
    if (value === null || value === undefined) continue;
    if (aspect === "traceability" && !model.traceabilityEnabled) {
      fields[`${prefix}${aspect}`] = [`${assetMessages.sv.aspects[aspect]} används inte i klassningsmodellen.`];
    } else if (!Number.isInteger(value) || value < 0 || value > top) {
      fields[`${prefix}${aspect}`] = [`Välj en nivå mellan 0 och ${top}.`];
    }
  }
  return fields;
}

/** The names of the chosen levels at classification time, so history stays readable after model changes. */
export function levelNamesFor(levels: AspectLevels, model: Pick<ClassificationModel, "levels">): Partial<Record<Aspect, string>> {
  const names: Partial<Record<Aspect, string>> = {};
  for (const aspect of ASPECTS) {
    const value = levels[aspect];
    const entry = value === null ? undefined : model.levels.find((level) => level.value === value);
    if (entry) names[aspect] = entry.name;
  }
  return names;
}

export interface RequirementRule {
  aspect: string;
  minLevel: number;
}

/** A requirement applies when the asset's level of its aspect reaches the requirement's minimum level. */
export function requirementApplies(requirement: RequirementRule, levels: AspectLevels, model: Pick<ClassificationModel, "traceabilityEnabled">): boolean {
  const aspect = requirement.aspect as Aspect;
  if (!enabledAspects(model).includes(aspect)) return false;
  const value = levels[aspect];
  return value !== null && value >= requirement.minLevel;
}

/** Systems and services hold information assets; other kinds hold nothing. */
export function canHold(kind: string | undefined): boolean {
  return kind !== undefined && (HOLDER_KINDS as ReadonlyArray<string>).includes(kind);
}

/** Roles that may write only the assets they own (information owners): the dashboard shows them theirs. */
export const writesOwnAssetsOnly = (who: Pick<Principal, "role">): boolean => scopeOf(who, "assets.write") === "own";

/**
 * The owner of an asset created without one: a role that writes only its own assets owns what it
 * registers (else it could not edit it afterwards); others leave the asset without an owner.
 */
export const defaultOwnerId = (who: Pick<Principal, "role" | "userId">): string | null => (writesOwnAssetsOnly(who) ? who.userId : null);

/**
 * The fields a (re)classification sets: derived protection, who and when, and the next review.
 * Clearing every level makes the asset unclassified again, with nothing to review.
 */
export function classificationStamp(
  levels: AspectLevels,
  model: Pick<ClassificationModel, "traceabilityEnabled" | "traceabilityRequired" | "reviewIntervalMonths">,
  userId: string,
  at: Date,
) {
  const derived = deriveProtection(levels, model);
  if (derived.protectionLevel === null) return { ...derived, classifiedAt: null, classifiedById: null, reviewDueAt: null };
  return { ...derived, classifiedAt: at, classifiedById: userId, reviewDueAt: addCalendarMonths(at, model.reviewIntervalMonths) };
}

/** Motivations without empty entries. */
export function cleanMotivations(motivations: Partial<Record<Aspect, string | null | undefined>> | undefined): Partial<Record<Aspect, string>> {
  const clean: Partial<Record<Aspect, string>> = {};
  for (const aspect of ASPECTS) {
    const text = motivations?.[aspect]?.trim();
    if (text) clean[aspect] = text;
  }
  return clean;
}

export function sameMotivations(a: Partial<Record<Aspect, string>>, b: Partial<Record<Aspect, string>>): boolean {
  return ASPECTS.every((aspect) => (a[aspect] ?? "") === (b[aspect] ?? ""));
}

/** Levels after an update: a level left out stays, null clears it. */
export function mergeLevels(previous: AspectLevels, changes: Partial<Record<Aspect, number | null | undefined>>): AspectLevels {
  const merged = { ...previous };
  for (const aspect of ASPECTS) if (changes[aspect] !== undefined) merged[aspect] = changes[aspect];
  return merged;
}
