"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormMessage, SelectField, TextField } from "@/components/form/fields";
import { Button } from "@/components/ui/Button";
import { apiFetch, applyServerErrors } from "@/lib/client/api";
import { useMessages } from "@/lib/i18n/client";
import { coreMessages } from "@/lib/i18n/messages";
import { riskMessages } from "@/lib/risks/messages";
import { RISK_BANDS } from "@/lib/risks/schema";
import { ACCEPTANCE_DECIDERS, riskSettingsSchema, type RiskSettings, type RiskSettingsInput } from "@/lib/risks/settings-schema";

const orNull = (value: unknown) => (value ? String(value) : null);

/** Band limits and who may accept which band; saved with PUT /api/v1/settings/risk. */
export function RiskSettingsForm({ settings }: { settings: RiskSettings }) {
  const t = useMessages(riskMessages);
  const common = useMessages(coreMessages).common;
  const router = useRouter();
  const [message, setMessage] = useState<{ text: string; tone: "error" | "success" } | null>(null);
  const form = useForm<RiskSettingsInput, unknown, RiskSettings>({ resolver: zodResolver(riskSettingsSchema), defaultValues: settings });
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    try {
      await apiFetch<RiskSettings>("/api/v1/settings/risk", { method: "PUT", body: values });
      setMessage({ text: t.settings.saved, tone: "success" });
      router.refresh();
    } catch (error) {
      setMessage({ text: applyServerErrors(error, form.setError, common.errorGeneric), tone: "error" });
    }
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
      <FormMessage message={message?.text} tone={message?.tone} />
      <div>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? common.saving : common.save}
        </Button>
      </div>
    </form>
  );
}
