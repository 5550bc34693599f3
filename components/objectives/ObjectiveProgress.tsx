import { Badge } from "@/components/ui/Badge";
import { formatNumber, formatPercent } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import type { ObjectiveMessages } from "@/lib/objectives/messages";
import { onTrack } from "@/lib/objectives/rules";
import type { ObjectiveView } from "@/lib/objectives/schema";

/** A value in the indicator's unit: a share as a percentage, days with their word. */
export function objectiveValue(value: number | null, unit: ObjectiveView["unit"], t: ObjectiveMessages, locale: Locale): string {
  if (unit === "share") return formatPercent(value, locale);
  if (unit === "days") return value === null ? "–" : `${formatNumber(value, locale)} ${t.days}`;
  return formatNumber(value, locale);
}

/** "Value now / target" and whether the objective is on track; without an indicator it is followed up at the review. */
export function ObjectiveProgress({ objective, t, locale }: { objective: ObjectiveView; t: ObjectiveMessages; locale: Locale }) {
  if (!objective.indicatorKey) return <span className="text-gray-700">{t.noIndicator}</span>;
  const reached = onTrack(objective);
  return (
    <span className="inline-flex flex-wrap items-center gap-2" data-on-track={reached}>
      <span>
        {objectiveValue(objective.current, objective.unit, t, locale)} / {objectiveValue(objective.target, objective.unit, t, locale)}
      </span>
      <Badge tone={reached ? "green" : "orange"}>{reached ? t.onTrack : t.offTrack}</Badge>
    </span>
  );
}
