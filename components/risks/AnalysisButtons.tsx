"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormMessage } from "@/components/form/fields";
import { Button } from "@/components/ui/Button";
import { apiFetch, ApiError } from "@/lib/client/api";
import { useMessages } from "@/lib/i18n/client";
import { coreMessages } from "@/lib/i18n/messages";
import { riskMessages } from "@/lib/risks/messages";

/** Marks an analysis completed (the API dates it today if it has no date). */
export function CompleteAnalysisButton({ analysisId, version }: { analysisId: string; version: number }) {
  const t = useMessages(riskMessages);
  const common = useMessages(coreMessages).common;
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const complete = async () => {
    setBusy(true);
    setMessage(null);
    try {
      await apiFetch(`/api/v1/risk-analyses/${analysisId}`, { method: "PATCH", body: { status: "completed", version } });
      router.refresh();
    } catch (error) {
      setMessage(error instanceof ApiError ? (error.status === 409 ? common.conflict : error.message) : common.errorGeneric);
    } finally {
      setBusy(false);
    }
  };
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
