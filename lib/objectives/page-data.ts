import "server-only";
import type { Principal } from "../authz/roles";
import { indicatorLabel, indicatorLabels } from "../indicators/messages";
import { currentIndicators } from "../indicators/queries";
import type { Locale } from "../i18n/locale";
import { listObjectives } from "./queries";
import { objectiveListQuerySchema } from "./schema";

/** The indicators an objective may follow, with their unit and name in the reader's language. */
export async function indicatorChoices(principal: Principal, locale: Locale) {
  const { items } = await currentIndicators(principal);
  return items.map((item) => ({ key: item.key, perspective: item.perspective, unit: item.unit, label: indicatorLabel(item.key, indicatorLabels[locale]) }));
}

/** The objectives due first, for the card on Översikt. */
export const objectivesDueFirst = (principal: Principal, take: number) => listObjectives(principal, objectiveListQuerySchema.parse({ pageSize: String(take) }));
