"use client";
import { FormLimits } from "@/components/form/FormLimits";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormFooter } from "@/components/form/FormFooter";
import { CheckboxField, TextAreaField } from "@/components/form/fields";
import { auditMessages } from "@/lib/audits/messages";
import { apiFetch } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { findingVerifySchema, type FindingView } from "@/lib/findings/schema";
import { useMessages } from "@/lib/i18n/client";

/** The effectiveness check: effective → verified; not effective → the finding opens again. */
export function VerifyForm({ finding }: { finding: FindingView }) {
  const t = useMessages(auditMessages);
  const router = useRouter();
  const form = useForm<z.input<typeof findingVerifySchema>, unknown, z.output<typeof findingVerifySchema>>({
    resolver: zodResolver(findingVerifySchema),
    defaultValues: { effective: true, note: "", version: finding.version },
  });
  const { message, submit } = useApiSubmit(form, { conflict: true });
  const onSubmit = submit(async (values) => {
    await apiFetch(`/api/v1/findings/${finding.id}/verification`, { body: values });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-4" aria-label={t.labels.verification}>
      <FormLimits schema={findingVerifySchema}>
      <CheckboxField label={t.fields.effective} registration={form.register("effective")} />
      <TextAreaField label={t.fields.note} maxLength={5000} registration={form.register("note")} error={form.formState.errors.note} />
      <FormFooter submitting={form.formState.isSubmitting} message={message} submitLabel={t.actions.verify} />
      </FormLimits>
    </form>
  );
}
