import { Badge, type Tone } from "@/components/ui/Badge";
import type { RiskBand } from "@/lib/risks/schema";

export const BAND_TONES: Record<RiskBand, Tone> = { low: "green", medium: "yellow", high: "orange", extreme: "red" };

/** Background of a heat-map cell per band; text stays gray-900 for contrast. */
export const BAND_CELLS: Record<RiskBand, string> = {
  low: "bg-green-100 hover:bg-green-200",
  medium: "bg-yellow-100 hover:bg-yellow-200",
  high: "bg-orange-200 hover:bg-orange-300",
  extreme: "bg-red-200 hover:bg-red-300",
};

/** "12 · hög": the level and its band in words, so colour is never the only signal. */
export function RiskLevelBadge({ level, band, labels, empty = "–" }: { level: number | null; band: RiskBand | null; labels: Record<RiskBand, string>; empty?: string }) {
  if (level === null || band === null) return <span className="text-gray-700">{empty}</span>;
  return (
    <Badge tone={BAND_TONES[band]}>
      <span className="whitespace-nowrap" data-risk-level={level}>
        {level} · {labels[band]}
      </span>
    </Badge>
  );
}
