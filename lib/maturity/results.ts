import type { IndicatorView } from "../indicators/schema";
import type { DataWarning, PerspectiveComparison, PerspectiveResult, PerspectiveTrend } from "./results-schema";
import { MSB_PERSPECTIVES, PERSPECTIVE_KEYS, type PerspectiveKey } from "./msb-model";

/** What the result helpers need of a session (views and rows both fit). */
export interface SessionLevels {
  id: string;
  title: string;
  heldAt: string | Date;
  entries: ReadonlyArray<{ perspective: string; level: number | null }>;
}

export type Targets = Partial<Record<PerspectiveKey, number>>;

// The shapes are the API's response schemas (results-schema.ts); these functions fill them.
export type { DataWarning, PerspectiveComparison, PerspectiveResult, PerspectiveTrend, TrendPoint } from "./results-schema";

const iso = (value: string | Date) => (typeof value === "string" ? value : value.toISOString());

function levelOf(session: SessionLevels, perspective: PerspectiveKey): number | null {
  return session.entries.find((entry) => entry.perspective === perspective)?.level ?? null;
}

/** "Vårt resultat": the six perspectives in MSB's order with level, target and gap for one session. */
export function perspectiveResults(session: SessionLevels, targets: Targets = {}): PerspectiveResult[] {
  return PERSPECTIVE_KEYS.map((perspective) => {
    const level = levelOf(session, perspective);
    const target = targets[perspective] ?? null;
    const { name, shortName } = MSB_PERSPECTIVES[perspective];
    return { perspective, name, shortName, level, target, gap: level !== null && target !== null ? target - level : null };
  });
}

/** The level per perspective across sessions, ordered by when they were held. */
export function perspectiveTrends(sessions: ReadonlyArray<SessionLevels>): PerspectiveTrend[] {
  const ordered = [...sessions].sort((a, b) => iso(a.heldAt).localeCompare(iso(b.heldAt)));
  return PERSPECTIVE_KEYS.map((perspective) => {
    const points = ordered.map((session) => ({ assessmentId: session.id, title: session.title, heldAt: iso(session.heldAt), level: levelOf(session, perspective) }));
    const assessed = points.filter((point) => point.level !== null).map((point) => point.level as number);
    const change = assessed.length >= 2 ? assessed[assessed.length - 1] - assessed[0] : null;
    const direction = change === null ? null : change > 0 ? "up" : change < 0 ? "down" : "flat";
    return { perspective, name: MSB_PERSPECTIVES[perspective].name, points, change, direction };
  });
}

/** Two sessions side by side: `to` minus `from` per perspective. */
export function compareSessions(from: SessionLevels, to: SessionLevels): PerspectiveComparison[] {
  return PERSPECTIVE_KEYS.map((perspective) => {
    const a = levelOf(from, perspective);
    const b = levelOf(to, perspective);
    return { perspective, name: MSB_PERSPECTIVES[perspective].name, from: a, to: b, delta: a !== null && b !== null ? b - a : null };
  });
}

/** Below this mean share, the data does not support level 3 or 4. */
export const WARN_AVERAGE_BELOW = 0.5;
/** Level 4 ("proaktiv") needs every share indicator at or above this. */
export const WARN_LEVEL4_SHARE_BELOW = 0.75;

/**
 * "Self-assessment vs data": flags a level far above what the registers show. Only share
 * indicators of the perspective with a value count (an empty register says nothing).
 * - level ≥ 3 while the shares average below 0.5: most of the chosen ways of working are not
 *   applied according to the data, which contradicts "används i god omfattning";
 * - level 4 while any share is below 0.75: level 4 means applied in all relevant situations.
 * A heuristic to prompt the dialogue, not a verdict: the warning says which figures to look at.
 */
export function selfAssessmentWarning(perspective: PerspectiveKey, level: number | null, indicators: ReadonlyArray<IndicatorView>): DataWarning | null {
  if (level === null || level < 3) return null;
  const shares = indicators.filter((i) => i.perspective === perspective && i.unit === "share" && i.value !== null) as Array<IndicatorView & { value: number }>;
  if (shares.length === 0) return null;
  const average = shares.reduce((sum, i) => sum + i.value, 0) / shares.length;
  const lowest = Math.min(...shares.map((i) => i.value));
  const percent = (value: number) => `${Math.round(value * 100)} %`;
  if (average < WARN_AVERAGE_BELOW) {
    return {
      perspective,
      level,
      average,
      lowest,
      indicatorKeys: shares.filter((i) => i.value < WARN_AVERAGE_BELOW).map((i) => i.key),
      message: `Nivå ${level} är vald, men indikatorerna för perspektivet ligger i snitt på ${percent(average)}. Stäm av nivån mot underlaget.`,
    };
  }
  if (level === 4 && lowest < WARN_LEVEL4_SHARE_BELOW) {
    return {
      perspective,
      level,
      average,
      lowest,
      indicatorKeys: shares.filter((i) => i.value < WARN_LEVEL4_SHARE_BELOW).map((i) => i.key),
      message: `Nivå 4 är vald, men minst en indikator för perspektivet ligger på ${percent(lowest)}. Nivå 4 innebär att arbetssätten används i alla relevanta situationer.`,
    };
  }
  return null;
}
