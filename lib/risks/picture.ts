import { bandFor } from "./rules";
import type { RiskBand, RiskHeatmapView, RiskStatus, RiskTrendPoint } from "./schema";
import type { RiskBands } from "./settings-schema";

const SCALE = [1, 2, 3, 4] as const;

/** A 4×4 heat map from (likelihood, consequence, count) groups; cells are [likelihood-1][consequence-1]. */
export function heatmapFrom(
  groups: ReadonlyArray<{ likelihood: number | null; consequence: number | null; count: number }>,
  bands: RiskBands,
  residual: boolean,
): RiskHeatmapView {
  const counts = SCALE.map(() => SCALE.map(() => 0));
  let total = 0;
  for (const group of groups) {
    if (group.likelihood === null || group.consequence === null) continue;
    counts[group.likelihood - 1][group.consequence - 1] += group.count;
    total += group.count;
  }
  const cellBands: RiskBand[][] = SCALE.map((likelihood) => SCALE.map((consequence) => bandFor(likelihood * consequence, bands)));
  return { residual, counts, bands: cellBands, total };
}

export interface MonthWindow {
  month: string;
  /** Exclusive: the first instant of the next month. */
  end: Date;
}

/** The last `months` calendar months (UTC) up to and including the one `now` is in, oldest first. */
export function monthWindows(now: Date, months: number): MonthWindow[] {
  const windows: MonthWindow[] = [];
  for (let back = months - 1; back >= 0; back--) {
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    windows.push({ month: start.toISOString().slice(0, 7), end: new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1)) });
  }
  return windows;
}

export interface LevelChangePoint {
  riskId: string;
  level: number;
  status: RiskStatus;
  changedAt: Date;
}

/**
 * Risks per band at the end of each month, from the level in force then (the latest change at
 * or before the month end). Closed risks have left the risk picture and are not counted.
 */
export function bandTrend(changes: ReadonlyArray<LevelChangePoint>, windows: ReadonlyArray<MonthWindow>, bands: RiskBands): RiskTrendPoint[] {
  const sorted = [...changes].sort((a, b) => a.changedAt.getTime() - b.changedAt.getTime());
  const current = new Map<string, LevelChangePoint>();
  let next = 0;
  return windows.map(({ month, end }) => {
    while (next < sorted.length && sorted[next].changedAt < end) {
      current.set(sorted[next].riskId, sorted[next]);
      next++;
    }
    const point: RiskTrendPoint = { month, low: 0, medium: 0, high: 0, extreme: 0, total: 0 };
    for (const change of current.values()) {
      if (change.status === "closed") continue;
      point[bandFor(change.level, bands)]++;
      point.total++;
    }
    return point;
  });
}
