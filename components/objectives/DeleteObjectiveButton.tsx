"use client";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/Button";
import { apiFetch } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { coreMessages } from "@/lib/i18n/messages";
import { objectiveMessages } from "@/lib/objectives/messages";

/** Removes an objective after a confirmation, then goes back to the list. */
export function DeleteObjectiveButton({ id, title }: { id: string; title: string }) {
  const t = useMessages(objectiveMessages);
  const common = useMessages(coreMessages).common;
  const router = useRouter();
  const { busy, message, run } = useApiAction();
  const remove = async () => {
    if (!window.confirm(t.confirmRemove(title))) return;
    await run(async () => {
      await apiFetch(`/api/v1/objectives/${id}`, { method: "DELETE" });
      router.push("/ledningens-genomgang/mal");
      router.refresh();
    });
  };
  return (
    <div className="flex items-center gap-3">
      <Button variant="danger" onClick={remove} disabled={busy} aria-label={t.removeFor(title)}>
        {common.delete}
      </Button>
      {message ? <span role="alert" className="text-sm text-red-700">{message.text}</span> : null}
    </div>
  );
}
