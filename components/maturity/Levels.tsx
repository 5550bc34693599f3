import { Badge } from "@/components/ui/Badge";
import { formatPercent } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import type { MaturityMessages } from "@/lib/maturity/messages";
import { MSB_GENERAL_LEVELS } from "@/lib/maturity/msb-model";
import { WARN_AVERAGE_BELOW, type DataWarning } from "@/lib/maturity/results";
import type { AssessmentStatus } from "@/lib/maturity/schema";

// Small pieces shared by the maturity pages, the summary and the dialogue form (no hooks).

/** "Nivå 2" with MSB's name for the level ("Viss systematik", Swedish), or "Ej bedömd". */
export function LevelLabel({ level, t, withName = true }: { level: number | null; t: MaturityMessages; withName?: boolean }) {
  if (level === null) return <span className="text-gray-800">{t.notAssessed}</span>;
  const name = MSB_GENERAL_LEVELS[level - 1]?.shortTitle;
  return (
    <span>
      <strong>{t.levelN(level)}</strong>
      {withName && name ? (
        <>
          {" "}
          (<span lang="sv">{name}</span>)
        </>
      ) : null}
    </span>
  );
}

export function TargetLabel({ target, t }: { target: number | null; t: MaturityMessages }) {
  return target === null ? <span className="text-gray-800">{t.noTarget}</span> : <span>{t.levelN(target)}</span>;
}

/** The gap in words, never by colour alone. */
export function GapLabel({ gap, t }: { gap: number | null; t: MaturityMessages }) {
  if (gap === null) return <span className="text-gray-800">–</span>;
  return <span className="whitespace-nowrap"><Badge tone={gap > 0 ? "orange" : "green"}>{t.gapText(gap)}</Badge></span>;
}

export function DeltaLabel({ delta }: { delta: number | null }) {
  if (delta === null) return <span>–</span>;
  const sign = delta > 0 ? "+" : delta < 0 ? "−" : "±";
  return <span className="font-medium">{`${sign}${Math.abs(delta)}`}</span>;
}

export function StatusBadge({ status, t }: { status: AssessmentStatus; t: MaturityMessages }) {
  return <Badge tone={status === "completed" ? "green" : "yellow"}>{t.status[status]}</Badge>;
}

/** The "self-assessment vs data" warning (lib/maturity/results.ts), in the UI's language. */
export function DataWarningNotice({ warning, t, locale }: { warning: DataWarning; t: MaturityMessages; locale: Locale }) {
  const text = warning.level === 4 && warning.average >= WARN_AVERAGE_BELOW ? t.facts.warningLowest(formatPercent(warning.lowest, locale)) : t.facts.warningAverage(warning.level, formatPercent(warning.average, locale));
  return (
    <div className="mt-2 rounded-md border border-yellow-400 bg-yellow-50 p-3 text-sm text-gray-900" data-testid="data-warning">
      <p className="font-semibold">{t.facts.warningTitle}</p>
      <p>{text}</p>
    </div>
  );
}
