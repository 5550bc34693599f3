import "server-only";
import type { RecordType } from "../records/registry";
import type { PerspectiveKey } from "../maturity/msb-model";
import { shareIndicator, type CountedRecords, type IndicatorView, type IndicatorWindow } from "./schema";

/**
 * A set of records an indicator counts. `count` and `ids` come from ONE definition (the same
 * where-clause, or the same fetched rows filtered by the same rule), so the figure and the
 * drill-down list (GET /api/v1/indicators/{key}/records) cannot drift apart.
 */
export interface CountedSet {
  type: RecordType;
  count: () => Promise<number>;
  ids: () => Promise<string[]>;
}

export type { IndicatorPart } from "./schema";
import type { IndicatorPart } from "./schema";

/** A share indicator's two sets. */
export interface CountedShare {
  href?: string;
  numerator: CountedSet;
  denominator: CountedSet;
}

/** A provider's share indicators by key, built for one organisation and window. */
export type CountedShares = (organizationId: string, window: IndicatorWindow, now: Date) => Record<string, CountedShare>;

interface Delegate<W> {
  count: (args: { where: W }) => PromiseLike<number>;
  findMany: (args: { where: W; select: { id: true }; orderBy: { id: "asc" } }) => PromiseLike<{ id: string }[]>;
}

/** A set counted in the database by a where-clause: count() and ids() run the same `where`. */
export function whereSet<W>(type: RecordType, delegate: Delegate<W>, where: W): CountedSet {
  return {
    type,
    count: () => Promise.resolve(delegate.count({ where })),
    ids: () => Promise.resolve(delegate.findMany({ where, select: { id: true }, orderBy: { id: "asc" } })).then((rows) => rows.map((row) => row.id)),
  };
}

/** Loads once, however many sets read it: a numerator and its denominator often filter the same rows. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

/** A set whose members are decided in code (fetched rows filtered by a rule): count is the ids' length. */
export function idSet(type: RecordType, ids: () => Promise<string[]>): CountedSet {
  const members = once(ids);
  return { type, ids: members, count: () => members().then((list) => list.length) };
}

/** The share indicators' views, each counted from its two sets (in the order of `shares`). */
export function shareViews(perspective: PerspectiveKey, shares: Record<string, CountedShare>): Promise<IndicatorView[]> {
  return Promise.all(
    Object.entries(shares).map(async ([key, share]) => {
      const [numerator, denominator] = await Promise.all([share.numerator.count(), share.denominator.count()]);
      return shareIndicator(perspective, key, numerator, denominator, share.href);
    }),
  );
}

/** The ids behind one part of one share indicator, or null when `key` is not one of `shares`. */
export async function shareRecords(shares: Record<string, CountedShare>, key: string, part: IndicatorPart): Promise<CountedRecords | null> {
  if (!Object.hasOwn(shares, key)) return null;
  const set = shares[key][part];
  return { type: set.type, ids: await set.ids() };
}
