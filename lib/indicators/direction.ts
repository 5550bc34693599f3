import type { IndicatorView } from "./schema";

/** Indicators where less is better (repeats, click rate, time to close, escalations still open). */
const LOWER_IS_BETTER: ReadonlySet<string> = new Set(["incidents.repeat_share", "incidents.median_days_to_close", "phishing.click_rate_change", "findings.escalated_open"]);

/** Whether a lower value of the indicator is the better one: every "days" figure, and the keys above. */
export const lowerIsBetter = (key: string | null | undefined, unit: IndicatorView["unit"] | null) => unit === "days" || (key ? LOWER_IS_BETTER.has(key) : false);
