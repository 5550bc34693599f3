"use client";
import { FormLimits } from "@/components/form/FormLimits";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormFooter } from "@/components/form/FormFooter";
import { TextAreaField } from "@/components/form/fields";
import { apiFetch } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { riskMessages } from "@/lib/risks/messages";
import { riskProposalSchema, type RiskView } from "@/lib/risks/schema";

type Input = z.input<typeof riskProposalSchema>;
type Output = z.output<typeof riskProposalSchema>;

/** A motivated proposal to accept the risk, sent to those whose authority reaches its band. */
export function ProposeAcceptanceForm({ riskId, version }: { riskId: string; version: number }) {
  const t = useMessages(riskMessages);
  const router = useRouter();
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(riskProposalSchema), defaultValues: { motivation: "", version } });
  const { message, submit } = useApiSubmit(form, { conflict: true });
  const onSubmit = submit(async (values) => {
    await apiFetch<RiskView>(`/api/v1/risks/${riskId}/acceptance-proposal`, { body: values });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <FormLimits schema={riskProposalSchema}>
      <TextAreaField label={t.acceptance.motivation} required rows={4} maxLength={5000} hint={t.acceptance.proposeHint} registration={form.register("motivation")} error={form.formState.errors.motivation} />
      <FormFooter submitting={form.formState.isSubmitting} message={message} submitLabel={t.acceptance.proposeSubmit} submittingLabel={t.acceptance.proposing} />
      </FormLimits>
    </form>
  );
}
