"use client";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { FormMessage } from "@/components/form/fields";
import { Button } from "@/components/ui/Button";
import { auditMessages } from "@/lib/audits/messages";
import { AUDIT_MOVES, REASON_REQUIRED } from "@/lib/audits/rules";
import type { AuditStatus } from "@/lib/audits/schema";
import { apiFetch } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";

/** The audit's next steps from the same rules the server applies; postponing or cancelling asks why. */
export function StatusMoves({ auditId, status, version }: { auditId: string; status: AuditStatus; version: number }) {
  const t = useMessages(auditMessages);
  const router = useRouter();
  const reasonId = useId();
  const [reason, setReason] = useState("");
  const { busy, message, run } = useApiAction({ conflict: true });
  const moves = AUDIT_MOVES[status].filter((to) => to !== "reported");
  if (moves.length === 0) return null;
  const move = (to: AuditStatus) =>
    run(async () => {
      await apiFetch(`/api/v1/audits/${auditId}/transitions`, { body: { status: to, version, ...(REASON_REQUIRED.includes(to) ? { reason } : {}) } });
      setReason("");
      router.refresh();
    });
  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap gap-2">
        {moves.map((to) => (
          <Button key={to} variant={REASON_REQUIRED.includes(to) ? "secondary" : "primary"} disabled={busy} onClick={() => move(to)}>
            {`${t.actions.move} ${t.auditStatus[to].toLowerCase()}`}
          </Button>
        ))}
      </div>
      {moves.some((to) => REASON_REQUIRED.includes(to)) ? (
        <div>
          <label htmlFor={reasonId} className="text-sm font-medium text-gray-900">{`${t.fields.reason} (${t.auditStatus.postponed.toLowerCase()}, ${t.auditStatus.cancelled.toLowerCase()})`}</label>
          <input id={reasonId} value={reason} onChange={(event) => setReason(event.target.value)} maxLength={2000} className="mt-1 block w-full rounded-md border border-gray-400 px-3 py-2 text-sm" />
        </div>
      ) : null}
      <FormMessage message={message} />
    </div>
  );
}
