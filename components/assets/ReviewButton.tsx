"use client";
import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/form/fields";
import { Button } from "@/components/ui/Button";
import { assetMessages } from "@/lib/assets/messages";
import { apiFetch } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { coreMessages } from "@/lib/i18n/messages";

/** "Granskad, ingen ändring": the classification stands and the review date moves one interval ahead. */
export function ReviewButton({ assetId, version }: { assetId: string; version: number }) {
  const t = useMessages(assetMessages).detail;
  const common = useMessages(coreMessages).common;
  const router = useRouter();
  const { busy, message, run } = useApiAction({ conflict: true });
  const review = () =>
    run(async () => {
      await apiFetch(`/api/v1/assets/${assetId}/review`, { body: { version } });
      router.refresh();
      return t.reviewed;
    });
  return (
    <div className="grid gap-1">
      <div>
        <Button variant="secondary" onClick={review} disabled={busy} aria-describedby="review-hint">
          {busy ? common.saving : t.review}
        </Button>
      </div>
      <p id="review-hint" className="text-xs text-gray-800">{t.reviewHint}</p>
      <FormMessage message={message} />
    </div>
  );
}
