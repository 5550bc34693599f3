"use client";
import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/form/fields";
import { Button } from "@/components/ui/Button";
import { apiFetch } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { riskMessages } from "@/lib/risks/messages";

/** Marks an analysis completed (the API dates it today if it has no date). */
export function CompleteAnalysisButton({ analysisId, version }: { analysisId: string; version: number }) {
  const t = useMessages(riskMessages);
  const router = useRouter();
  const { busy, message, run } = useApiAction({ conflict: true });
  const complete = () =>
    run(async () => {
      await apiFetch(`/api/v1/risk-analyses/${analysisId}`, { method: "PATCH", body: { status: "completed", version } });
      router.refresh();
    });
  return (
    <span className="inline-flex flex-col gap-1">
      <Button variant="secondary" onClick={complete} disabled={busy}>
        {busy ? t.analyses.completing : t.analyses.complete}
      </Button>
      <FormMessage message={message} />
    </span>
  );
}

export function PrintButton() {
  const t = useMessages(riskMessages);
  return (
    <Button variant="secondary" onClick={() => window.print()}>
      {t.analyses.print}
    </Button>
  );
}
