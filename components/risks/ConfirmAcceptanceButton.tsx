"use client";
import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/form/fields";
import { Button } from "@/components/ui/Button";
import { apiFetch } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { riskMessages } from "@/lib/risks/messages";

/** The decider confirms a decision someone registered on their behalf. */
export function ConfirmAcceptanceButton({ riskId, version }: { riskId: string; version: number }) {
  const t = useMessages(riskMessages);
  const router = useRouter();
  const { busy, message, run } = useApiAction({ conflict: true });
  const confirm = () =>
    run(async () => {
      await apiFetch(`/api/v1/risks/${riskId}/accept/confirm`, { body: { version } });
      router.refresh();
    });
  return (
    <span className="inline-flex flex-col gap-1">
      <Button onClick={confirm} disabled={busy}>
        {busy ? t.acceptance.confirming : t.acceptance.confirm}
      </Button>
      <FormMessage message={message} />
    </span>
  );
}
