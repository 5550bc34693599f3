"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormFooter } from "@/components/form/FormFooter";
import { CheckboxField, SelectField, TextField } from "@/components/form/fields";
import { apiFetch } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { riskMessages } from "@/lib/risks/messages";
import { RISK_BANDS } from "@/lib/risks/schema";
import { ACCEPTANCE_DECIDERS, riskSettingsBodySchema, type RiskSettings } from "@/lib/risks/settings-schema";
import type { Versioned } from "@/lib/settings/schema";

const orNull = (value: unknown) => (value ? String(value) : null);
type Input = z.input<typeof riskSettingsBodySchema>;
type Output = z.output<typeof riskSettingsBodySchema>;

/** Band limits, who may accept which band and the confirmation rule; saved with PUT /api/v1/settings/risk (admin). */
export function RiskSettingsForm({ settings }: { settings: Versioned<RiskSettings> }) {
  const t = useMessages(riskMessages);
  const router = useRouter();
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(riskSettingsBodySchema), defaultValues: settings });
  const errors = form.formState.errors;

  const { message, submit } = useApiSubmit(form, { conflict: true });
  const onSubmit = submit(async (values) => {
    form.reset(await apiFetch<Versioned<RiskSettings>>("/api/v1/settings/risk", { method: "PUT", body: values }));
    router.refresh();
    return t.settings.saved;
  });

  const bandOptions = RISK_BANDS.map((band) => ({ value: band, label: t.bands[band] }));
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-3xl gap-6">
      <fieldset className="grid gap-4 rounded-lg border border-gray-200 p-4">
        <legend className="px-1 text-sm font-semibold text-gray-900">{t.settings.bandsTitle}</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          {(["low", "medium", "high"] as const).map((band) => (
            <TextField
              key={band}
              label={t.settings.bandUpper(t.bands[band])}
              type="number"
              inputMode="numeric"
              registration={form.register(`bands.${band}`, { valueAsNumber: true })}
              error={errors.bands?.[band]}
            />
          ))}
        </div>
        <p className="text-xs text-gray-700">{t.settings.extremeNote}</p>
      </fieldset>
      <fieldset className="grid gap-4 rounded-lg border border-gray-200 p-4">
        <legend className="px-1 text-sm font-semibold text-gray-900">{t.settings.criteriaTitle}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {ACCEPTANCE_DECIDERS.map((decider) => (
            <SelectField
              key={decider}
              label={`${t.settings.deciders[decider]} – ${t.settings.maxBand.toLowerCase()}`}
              emptyLabel={t.settings.mayNot}
              options={bandOptions}
              registration={form.register(`acceptance.${decider}`, { setValueAs: orNull })}
              error={errors.acceptance?.[decider]}
            />
          ))}
        </div>
      </fieldset>
      <fieldset className="grid gap-4 rounded-lg border border-gray-200 p-4">
        <legend className="px-1 text-sm font-semibold text-gray-900">{t.settings.confirmTitle}</legend>
        <CheckboxField label={t.settings.confirmLabel} registration={form.register("requireDeciderConfirmation")} />
      </fieldset>
      <FormFooter submitting={form.formState.isSubmitting} message={message} />
    </form>
  );
}
