import "server-only";
import { cache } from "react";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { badRequest } from "../errors";
import { indicatorProviders } from "./registry";
import type { IndicatorQuery, IndicatorView, IndicatorWindow } from "./schema";

export function indicatorWindow(query: Pick<IndicatorQuery, "from" | "to">, now = new Date()): IndicatorWindow {
  const to = query.to ?? now;
  const from = query.from ?? new Date(Date.UTC(to.getUTCFullYear() - 2, to.getUTCMonth(), to.getUTCDate(), to.getUTCHours(), to.getUTCMinutes()));
  if (from > to) throw badRequest("Perioden börjar efter att den slutar.", { from: ["Måste vara före to."] });
  return { from, to };
}

/** Computes the indicators live from the registers. */
export async function computeIndicators(principal: Principal, query: IndicatorQuery): Promise<{ items: IndicatorView[]; computedAt: string; from: string; to: string }> {
  authorize(principal, "indicators.read");
  const window = indicatorWindow(query);
  const providers = indicatorProviders.filter((provider) => !query.perspective || provider.perspective === query.perspective);
  const results = await Promise.all(
    providers.map(async (provider) =>
      (await provider.compute(principal.organizationId, window)).map((item) => (provider.records && item.unit !== "days" && (provider.listed?.includes(item.key) ?? true) ? { ...item, drillDown: true } : item)),
    ),
  );
  return { items: results.flat(), computedAt: new Date().toISOString(), from: window.from.toISOString(), to: window.to.toISOString() };
}

/**
 * The indicators of the default period, computed once per page however many cards on it ask (React's
 * per-request cache: Översikt, its objectives and its maturity card share one computation).
 */
export const currentIndicators = cache((principal: Principal) => computeIndicators(principal, {}));
