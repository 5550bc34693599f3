import { PERSPECTIVE_KEYS, type PerspectiveKey } from "./msb-model";
import type { ProposalHorizon } from "./schema";

/** Months until an action made from a proposal falls due: the end of the proposal's time frame. */
export const HORIZON_MONTHS: Record<ProposalHorizon, number> = { "0-6": 6, "6-12": 12, long: 24 };


/**
 * The due date of an action made from a proposal: `today` plus the horizon's months, on the same
 * day of the month (clamped to the month's last day, so 31 August + 6 months is 28/29 February).
 */
export function horizonDueDate(horizon: ProposalHorizon, today: Date): Date {
  const months = HORIZON_MONTHS[horizon];
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(today.getUTCDate(), lastDay)));
}

const ORDER = new Map<string, number>(PERSPECTIVE_KEYS.map((key, index) => [key, index]));

/** Sorts by MSB's perspective order (riskhantering first, uppföljning last). */
export function byPerspectiveOrder<T extends { perspective: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => (ORDER.get(a.perspective) ?? 99) - (ORDER.get(b.perspective) ?? 99));
}

export function isPerspectiveKey(value: string): value is PerspectiveKey {
  return ORDER.has(value);
}
