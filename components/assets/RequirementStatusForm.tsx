"use client";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { FormMessage } from "@/components/form/fields";
import { Button } from "@/components/ui/Button";
import { assetMessages } from "@/lib/assets/messages";
import { REQUIREMENT_STATUSES, type AssetRequirementView, type RequirementStatus } from "@/lib/assets/requirements-schema";
import { apiFetch } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { coreMessages } from "@/lib/i18n/messages";

const control = "block w-full rounded-md border border-gray-400 bg-white px-2 py-1.5 text-sm text-gray-900 placeholder:text-gray-600";

/** Met / partly / not met, with a comment, for one requirement on one asset (PUT …/requirements/{id}). */
export function RequirementStatusForm({ assetId, requirement }: { assetId: string; requirement: AssetRequirementView }) {
  const t = useMessages(assetMessages);
  const common = useMessages(coreMessages).common;
  const router = useRouter();
  const id = useId();
  const [status, setStatus] = useState<RequirementStatus>(requirement.status);
  const [note, setNote] = useState(requirement.note ?? "");
  const { busy, message, run } = useApiAction();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    return run(async () => {
      await apiFetch(`/api/v1/assets/${assetId}/requirements/${requirement.id}`, { method: "PUT", body: { status, note } });
      router.refresh();
      return t.requirement.saved;
    });
  };

  return (
    <form onSubmit={onSubmit} className="grid min-w-56 gap-1">
      <div className="flex gap-1">
        <label htmlFor={`${id}-status`} className="sr-only">
          {t.requirement.statusFor(requirement.code)}
        </label>
        <select id={`${id}-status`} value={status} onChange={(event) => setStatus(event.target.value as RequirementStatus)} className={control}>
          {REQUIREMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t.statuses[s]}
            </option>
          ))}
        </select>
        <Button type="submit" variant="secondary" className="shrink-0 whitespace-nowrap" disabled={busy} aria-label={`${t.requirement.save} (${requirement.code})`}>
          {busy ? common.saving : t.requirement.save}
        </Button>
      </div>
      <label htmlFor={`${id}-note`} className="sr-only">
        {t.requirement.noteFor(requirement.code)}
      </label>
      <input id={`${id}-note`} value={note} onChange={(event) => setNote(event.target.value)} placeholder={t.requirement.note} maxLength={2000} className={control} />
      <FormMessage message={message} />
    </form>
  );
}
