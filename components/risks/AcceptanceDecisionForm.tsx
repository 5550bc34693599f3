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
import { ACCEPTANCE_DECISIONS, riskDecisionSchema, type RiskView } from "@/lib/risks/schema";

type Input = z.input<typeof riskDecisionSchema>;
type Output = z.output<typeof riskDecisionSchema>;

/** The decider accepts the risk or rejects the proposal, with a motivation either way. */
export function AcceptanceDecisionForm({ riskId, version, idPrefix }: { riskId: string; version: number; idPrefix: string }) {
  const t = useMessages(riskMessages).acceptance;
  const router = useRouter();
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(riskDecisionSchema), defaultValues: { decision: "accept", motivation: "", version } });
  const { message, submit } = useApiSubmit(form, { conflict: true });
  const onSubmit = submit(async (values) => {
    await apiFetch<RiskView>(`/api/v1/risks/${riskId}/acceptance-decision`, { body: values });
    router.refresh();
  });
  const labels = { accept: t.decisionAccept, reject: t.decisionReject };
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3" aria-labelledby={`${idPrefix}-title`}>
      <FormLimits schema={riskDecisionSchema}>
      <fieldset>
        <legend className="text-sm font-medium text-gray-900">{t.decision}</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {ACCEPTANCE_DECISIONS.map((decision) => (
            <label key={decision} className="flex min-h-11 items-center gap-2 text-sm text-gray-900">
              <input type="radio" value={decision} className="h-4 w-4" {...form.register("decision")} />
              {labels[decision]}
            </label>
          ))}
        </div>
      </fieldset>
      <TextAreaField label={t.decisionMotivation} required rows={3} maxLength={5000} hint={t.decisionHint} registration={form.register("motivation")} error={form.formState.errors.motivation} />
      <FormFooter submitting={form.formState.isSubmitting} message={message} submitLabel={t.decideSubmit} submittingLabel={t.submitting} />
      </FormLimits>
    </form>
  );
}
