"use client";
import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/form/fields";
import { Button } from "@/components/ui/Button";
import { apiFetch } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-submit";

/** "Markera som genomförd": freezes the compiled sections on the server. */
export function MarkHeldButton({ reviewId, version, label }: { reviewId: string; version: number; label: string }) {
  const router = useRouter();
  const { busy, message, run } = useApiAction({ conflict: true });
  const markHeld = () =>
    run(async () => {
      await apiFetch(`/api/v1/management-reviews/${reviewId}`, { method: "PATCH", body: { status: "held", version } });
      router.refresh();
    });
  return (
    <span className="no-print inline-flex flex-col gap-1">
      <Button onClick={markHeld} disabled={busy}>
        {label}
      </Button>
      <FormMessage message={message} />
    </span>
  );
}
