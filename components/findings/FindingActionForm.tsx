"use client";
import { FormLimits } from "@/components/form/FormLimits";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormFooter } from "@/components/form/FormFooter";
import { TextField } from "@/components/form/fields";
import { auditMessages } from "@/lib/audits/messages";
import { apiFetch } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { findingActionSchema } from "@/lib/findings/schema";
import { useMessages } from "@/lib/i18n/client";

/** An action of the plan, tracked in the action tracker with the finding as its source. */
export function FindingActionForm({ findingId }: { findingId: string }) {
  const t = useMessages(auditMessages);
  const router = useRouter();
  const form = useForm<z.input<typeof findingActionSchema>, unknown, z.output<typeof findingActionSchema>>({ resolver: zodResolver(findingActionSchema), defaultValues: { title: "", dueAt: "" } });
  const { message, submit } = useApiSubmit(form);
  const onSubmit = submit(async (values) => {
    await apiFetch(`/api/v1/findings/${findingId}/actions`, { body: values });
    form.reset({ title: "", dueAt: "" });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-4 sm:grid-cols-2" aria-label={t.actions.addAction}>
      <FormLimits schema={findingActionSchema}>
      <TextField label={t.fields.title} required maxLength={200} registration={form.register("title")} error={form.formState.errors.title} />
      <TextField label={t.fields.dueAt} type="date" registration={form.register("dueAt")} error={form.formState.errors.dueAt} />
      <div className="sm:col-span-2">
        <FormFooter submitting={form.formState.isSubmitting} message={message} submitLabel={t.actions.addAction} />
      </div>
      </FormLimits>
    </form>
  );
}
