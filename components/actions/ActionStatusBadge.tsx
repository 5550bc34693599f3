import { Badge, type Tone } from "@/components/ui/Badge";
import type { ActionMessages } from "@/lib/actions/messages";
import type { ActionView } from "@/lib/actions/schema";

const tones: Record<ActionView["status"], Tone> = { planned: "gray", in_progress: "blue", done: "green", cancelled: "gray" };

export function ActionStatusBadge({ action, t }: { action: Pick<ActionView, "status" | "overdue">; t: ActionMessages }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Badge tone={tones[action.status]}>{t.status[action.status]}</Badge>
      {action.overdue ? <Badge tone="red">{t.overdue}</Badge> : null}
    </span>
  );
}
