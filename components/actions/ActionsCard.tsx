import { Card } from "@/components/ui/Card";
import type { ActionView } from "@/lib/actions/schema";
import { ActionsTable } from "./ActionsTable";

/** A record's actions as a card on its page; nothing for a reader who may not read actions (null). */
export function ActionsCard({ title, actions }: { title: string; actions: ActionView[] | null }) {
  if (!actions) return null;
  return (
    <Card title={title}>
      <ActionsTable actions={actions} showSource={false} />
    </Card>
  );
}
