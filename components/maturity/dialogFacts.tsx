import type { ReactNode } from "react";
import { IndicatorList } from "@/components/dashboard/IndicatorList";
import type { IndicatorView } from "@/lib/indicators/schema";
import type { MaturityMessages } from "@/lib/maturity/messages";
import { PERSPECTIVE_KEYS, type PerspectiveKey } from "@/lib/maturity/msb-model";

/** Each perspective's indicators, rendered on the server for the dialogue form to show beside the level. */
export function factsByPerspective(indicators: IndicatorView[], t: MaturityMessages): Record<PerspectiveKey, ReactNode> {
  return Object.fromEntries(
    PERSPECTIVE_KEYS.map((key) => {
      const own = indicators.filter((indicator) => indicator.perspective === key);
      return [key, own.length === 0 ? <p className="text-sm text-gray-700">{t.facts.none}</p> : <IndicatorList indicators={own} />];
    }),
  ) as Record<PerspectiveKey, ReactNode>;
}
