/** A calendar day (stored as UTC midnight) moved by whole months; the 31st becomes the month's last day. */
export function addDayMonths(day: Date, months: number): Date {
  const year = day.getUTCFullYear();
  const month = day.getUTCMonth() + months;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(day.getUTCDate(), last)));
}

/**
 * Swedish organisationsnummer `NNNNNN-NNNN`: the last digit is the Luhn check digit of the other
 * nine (Skatteverket's rule, the same as for personnummer).
 */
export function isValidOrgNumber(value: string): boolean {
  if (!/^\d{6}-\d{4}$/.test(value)) return false;
  const digits = value.replace("-", "").split("").map(Number);
  const sum = digits.reduce((total, digit, index) => {
    // Luhn from the right: every second digit, counting the check digit as the first, is doubled.
    const weighted = (digits.length - index) % 2 === 0 ? digit * 2 : digit;
    return total + (weighted > 9 ? weighted - 9 : weighted);
  }, 0);
  return sum % 10 === 0;
}

/** EU member states plus Iceland, Liechtenstein and Norway: outside these a transfer basis is needed (GDPR ch. V). */
export const EEA_COUNTRIES = [
  "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV",
  "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "IS", "LI", "NO",
] as const;

export const isInEea = (country: string): boolean => (EEA_COUNTRIES as readonly string[]).includes(country.toUpperCase());

/** Follow-up interval in months per criticality; null means "on demand" (no date is due). */
export interface FollowUpIntervals {
  /** Level 3 and 4. */
  high: number;
  /** Level 2. */
  medium: number;
}
export const DEFAULT_FOLLOW_UP_INTERVALS: FollowUpIntervals = { high: 12, medium: 24 };

export function followUpIntervalMonths(criticality: number | null, intervals: FollowUpIntervals = DEFAULT_FOLLOW_UP_INTERVALS): number | null {
  if (criticality === null) return null;
  if (criticality >= 3) return intervals.high;
  if (criticality === 2) return intervals.medium;
  return null;
}

/** Criticality: the override when one is set, else the highest required level of the active contracts. */
export function supplierCriticality(override: number | null, activeContractLevels: ReadonlyArray<number | null>): number | null {
  if (override !== null) return override;
  const levels = activeContractLevels.filter((level): level is number => level !== null);
  return levels.length ? Math.max(...levels) : null;
}

/**
 * Next follow-up: the last one plus the interval. A supplier that needs following up and has
 * never been is due from when it was registered.
 */
export function nextFollowUpDue(args: { criticality: number | null; lastFollowUpAt: Date | null; createdAt: Date; status: string; intervals?: FollowUpIntervals }): Date | null {
  if (args.status === "ended") return null;
  const months = followUpIntervalMonths(args.criticality, args.intervals);
  if (months === null) return null;
  return args.lastFollowUpAt ? addDayMonths(args.lastFollowUpAt, months) : args.createdAt;
}

export const isFollowUpOverdue = (due: Date | null, now: Date): boolean => due !== null && due.getTime() < now.getTime();
