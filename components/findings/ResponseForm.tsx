"use client";
import { FormLimits } from "@/components/form/FormLimits";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { FormFooter } from "@/components/form/FormFooter";
import { TextAreaField } from "@/components/form/fields";
import { auditMessages } from "@/lib/audits/messages";
import { apiFetch } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { findingUpdateSchema, type FindingView } from "@/lib/findings/schema";
import { useMessages } from "@/lib/i18n/client";
import { z } from "@/lib/validation/zod";

const responseSchema = findingUpdateSchema.pick({ rootCause: true, actionPlan: true, version: true });

/**
 * The responsible person's answer: root cause and action plan. "Submit" saves and sends the plan to
 * the auditor in one go (two calls, the second on the version the first returned).
 */
export function ResponseForm({ finding }: { finding: FindingView }) {
  const t = useMessages(auditMessages);
  const router = useRouter();
  const form = useForm<z.input<typeof responseSchema> & { submitPlan?: boolean }, unknown, z.output<typeof responseSchema> & { submitPlan?: boolean }>({
    resolver: zodResolver(responseSchema.extend({ submitPlan: z.boolean().optional() })),
    defaultValues: { rootCause: finding.rootCause ?? "", actionPlan: finding.actionPlan ?? "", version: finding.version, submitPlan: false },
  });
  const { message, submit } = useApiSubmit(form, { conflict: true });
  const errors = form.formState.errors;
  const canSubmit = finding.status === "open";
  const onSubmit = submit(async ({ submitPlan, ...values }) => {
    const saved = await apiFetch<FindingView>(`/api/v1/findings/${finding.id}`, { method: "PATCH", body: values });
    if (submitPlan) await apiFetch(`/api/v1/findings/${finding.id}/transitions`, { body: { status: "plan_submitted", version: saved.version } });
    router.refresh();
    return t.labels.saved;
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-4">
      <FormLimits schema={responseSchema}>
      <TextAreaField label={t.fields.rootCause} maxLength={5000} registration={form.register("rootCause")} error={errors.rootCause} />
      <TextAreaField label={t.fields.actionPlan} rows={5} maxLength={10_000} registration={form.register("actionPlan")} error={errors.actionPlan} />
      {canSubmit ? (
        <label className="flex items-center gap-2 text-sm font-medium">
          <input type="checkbox" className="h-5 w-5" {...form.register("submitPlan")} />
          {t.actions.submitPlan}
        </label>
      ) : null}
      <FormFooter submitting={form.formState.isSubmitting} message={message} />
      </FormLimits>
    </form>
  );
}
