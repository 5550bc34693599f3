"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormMessage } from "@/components/form/fields";
import { Button } from "@/components/ui/Button";
import { assetMessages } from "@/lib/assets/messages";
import { ApiError, apiFetch } from "@/lib/client/api";
import { useMessages } from "@/lib/i18n/client";
import { coreMessages } from "@/lib/i18n/messages";

/** "Granskad, ingen ändring": the classification stands and the review date moves one interval ahead. */
export function ReviewButton({ assetId, version }: { assetId: string; version: number }) {
  const t = useMessages(assetMessages).detail;
  const common = useMessages(coreMessages).common;
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; tone: "error" | "success" } | null>(null);
  const review = async () => {
    setBusy(true);
    setMessage(null);
    try {
      await apiFetch(`/api/v1/assets/${assetId}/review`, { body: { version } });
      setMessage({ text: t.reviewed, tone: "success" });
      router.refresh();
    } catch (error) {
      setMessage({ text: error instanceof ApiError ? (error.status === 409 ? common.conflict : error.message) : common.errorGeneric, tone: "error" });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="grid gap-1">
      <div>
        <Button variant="secondary" onClick={review} disabled={busy} aria-describedby="review-hint">
          {busy ? common.saving : t.review}
        </Button>
      </div>
      <p id="review-hint" className="text-xs text-gray-800">{t.reviewHint}</p>
      <FormMessage message={message?.text} tone={message?.tone} />
    </div>
  );
}
