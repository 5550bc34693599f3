"use client";
import { FormLimits } from "@/components/form/FormLimits";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormFooter } from "@/components/form/FormFooter";
import { TextAreaField } from "@/components/form/fields";
import { UserPicker } from "@/components/form/UserPicker";
import { auditMessages } from "@/lib/audits/messages";
import { apiFetch } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { findingEscalateSchema, type FindingView } from "@/lib/findings/schema";
import { useMessages } from "@/lib/i18n/client";

/** Puts the finding before top management until it is closed. */
export function EscalateForm({ finding }: { finding: FindingView }) {
  const t = useMessages(auditMessages);
  const router = useRouter();
  const form = useForm<z.input<typeof findingEscalateSchema>, unknown, z.output<typeof findingEscalateSchema>>({
    resolver: zodResolver(findingEscalateSchema),
    defaultValues: { note: "", version: finding.version },
  });
  const { message, submit } = useApiSubmit(form, { conflict: true });
  const onSubmit = submit(async (values) => {
    await apiFetch(`/api/v1/findings/${finding.id}/escalation`, { body: values });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-4" aria-label={t.labels.escalation}>
      <FormLimits schema={findingEscalateSchema}>
      <UserPicker legend={t.fields.escalatedTo} duty="risk_owner" initial={null} onChange={(id) => form.setValue("escalatedToId", id ?? "")} error={form.formState.errors.escalatedToId?.message} />
      <TextAreaField label={t.fields.note} maxLength={2000} registration={form.register("note")} error={form.formState.errors.note} />
      <FormFooter submitting={form.formState.isSubmitting} message={message} submitLabel={t.actions.escalate} />
      </FormLimits>
    </form>
  );
}
