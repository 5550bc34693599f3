import { Badge, type Tone } from "@/components/ui/Badge";
import type { CoverageStatus } from "@/lib/competence/schema";

const tones: Record<CoverageStatus, Tone> = { current: "green", due_soon: "yellow", overdue: "red", never: "orange" };

/** A coverage status in words (never colour alone). */
export function CoverageBadge({ status, labels }: { status: CoverageStatus; labels: Record<CoverageStatus, string> }) {
  return <Badge tone={tones[status]}>{labels[status]}</Badge>;
}
