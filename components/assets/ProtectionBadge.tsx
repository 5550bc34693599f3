import { Badge, type Tone } from "@/components/ui/Badge";
import type { ClassificationModel } from "@/lib/classification/schema";
import { levelLabel } from "@/lib/classification/schema";

const TONES: Tone[] = ["green", "blue", "yellow", "orange", "red"];

/** Tone by the level's place on the scale: the top level red, the bottom green. */
export function levelTone(level: number, top: number): Tone {
  if (top <= 0) return "gray";
  return TONES[Math.round((Math.min(level, top) / top) * (TONES.length - 1))];
}

/** The protection level with its name from the model ("3 Allvarlig"); unclassified says so in words. */
export function ProtectionBadge({ level, model, empty }: { level: number | null; model: Pick<ClassificationModel, "levels">; empty: string }) {
  if (level === null) return <Badge tone="gray">{empty}</Badge>;
  return <Badge tone={levelTone(level, model.levels.length - 1)}>{levelLabel(model, level)}</Badge>;
}
