"use client";
import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/form/fields";
import { Button } from "@/components/ui/Button";
import { apiFetch } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-submit";
import type { ContractGap } from "@/lib/contracts/schema";
import { useMessages } from "@/lib/i18n/client";
import { supplierMessages } from "@/lib/suppliers/messages";

/** The contract's gaps, each with a button that turns it into an action (source: the contract). */
export function GapActions({ contractId, gaps, canMakeAction }: { contractId: string; gaps: ContractGap[]; canMakeAction: boolean }) {
  const t = useMessages(supplierMessages);
  const router = useRouter();
  const { busy, message, run } = useApiAction();
  if (gaps.length === 0) return <p className="text-sm text-gray-800">{t.noGaps}</p>;
  const makeAction = (gap: ContractGap) =>
    run(async () => {
      await apiFetch(`/api/v1/contracts/${contractId}/actions`, { body: { gap } });
      router.refresh();
      return t.actionCreated;
    });
  return (
    <>
      <ul className="grid gap-2">
        {gaps.map((gap) => (
          <li key={gap} className="flex flex-wrap items-center gap-3 rounded border-l-4 border-red-700 bg-red-50 px-3 py-2 text-sm text-red-900">
            <span className="font-medium">{t.gaps[gap]}</span>
            {canMakeAction ? (
              <Button type="button" variant="secondary" disabled={busy} onClick={() => makeAction(gap)} aria-label={`${t.makeAction}: ${t.gaps[gap]}`}>
                {t.makeAction}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      <FormMessage message={message} />
    </>
  );
}
