import { lowerIsBetter } from "../indicators/direction";
import type { ObjectiveView } from "./schema";

/** An objective is on track when its indicator has reached the target (where less is better: at or below it). */
export function onTrack(objective: Pick<ObjectiveView, "current" | "target" | "unit"> & { indicatorKey?: string | null }): boolean {
  if (objective.current === null || objective.target === null) return false;
  return lowerIsBetter(objective.indicatorKey, objective.unit) ? objective.current <= objective.target : objective.current >= objective.target;
}

/**
 * A share is stored 0–1 but typed and shown as a percentage; days and counts as they are. The
 * objective form converts with these, so the schema (and the API) keep the indicator's own unit.
 */
export const targetToInput = (target: number | null, unit: ObjectiveView["unit"]) => (target === null ? null : unit === "share" ? Math.round(target * 10_000) / 100 : target);
export const targetFromInput = (typed: number | null | undefined, unit: ObjectiveView["unit"]) => (typed === null || typed === undefined ? typed : unit === "share" ? typed / 100 : typed);
