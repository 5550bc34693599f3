"use client";
import { FormLimits } from "@/components/form/FormLimits";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormFooter } from "@/components/form/FormFooter";
import { TextAreaField, TextField } from "@/components/form/fields";
import { apiFetch } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { formatDate } from "@/lib/format";
import { useMessages } from "@/lib/i18n/client";
import { riskMessages } from "@/lib/risks/messages";
import { riskAcceptSchema, type RiskView } from "@/lib/risks/schema";

type Input = z.input<typeof riskAcceptSchema>;
type Output = z.output<typeof riskAcceptSchema>;

/** The motivated decision to accept a risk as it stands; a 403 shows the server's "who may decide". */
export function AcceptRiskForm({ riskId, version }: { riskId: string; version: number }) {
  const t = useMessages(riskMessages);
  const router = useRouter();
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(riskAcceptSchema),
    defaultValues: { motivation: "", decidedAt: formatDate(new Date()), version },
  });
  const errors = form.formState.errors;

  const { message, submit } = useApiSubmit(form, { conflict: true });
  const onSubmit = submit(async (values) => {
    await apiFetch<RiskView>(`/api/v1/risks/${riskId}/accept`, { body: values });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <FormLimits schema={riskAcceptSchema}>
      <TextAreaField label={t.acceptance.motivation} required rows={4} hint={t.acceptance.motivationHint} registration={form.register("motivation")} error={errors.motivation} />
      <div className="max-w-xs">
        <TextField label={t.acceptance.decidedAt} type="date" registration={form.register("decidedAt")} error={errors.decidedAt} />
      </div>
      <FormFooter submitting={form.formState.isSubmitting} message={message} submitLabel={t.acceptance.submit} submittingLabel={t.acceptance.submitting} />
      </FormLimits>
    </form>
  );
}
