"use client";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { FormMessage } from "@/components/form/fields";
import { Button } from "@/components/ui/Button";
import { assetMessages } from "@/lib/assets/messages";
import type { RequirementStatus } from "@/lib/assets/requirements-schema";
import { apiFetch } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { coreMessages } from "@/lib/i18n/messages";
import { noteField, statusField } from "./requirement-status-fields";

/**
 * The one form for every requirement's status on an asset. The rows' controls sit in the table
 * and belong to this form by their `form` attribute; one button saves them together.
 */
export function RequirementStatusesForm({ formId, assetId, requirementIds }: { formId: string; assetId: string; requirementIds: string[] }) {
  const t = useMessages(assetMessages);
  const common = useMessages(coreMessages).common;
  const router = useRouter();
  const { busy, message, run } = useApiAction();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const items = requirementIds.map((requirementId) => ({
      requirementId,
      status: String(data.get(statusField(requirementId))) as RequirementStatus,
      note: String(data.get(noteField(requirementId)) ?? ""),
    }));
    return run(async () => {
      await apiFetch(`/api/v1/assets/${assetId}/requirements`, { method: "PUT", body: { items } });
      router.refresh();
      return t.requirement.saved;
    });
  };

  return (
    <form id={formId} onSubmit={onSubmit} className="mt-3 flex flex-wrap items-center gap-3">
      <Button type="submit" disabled={busy}>
        {busy ? common.saving : t.requirement.save}
      </Button>
      <FormMessage message={message} />
    </form>
  );
}
