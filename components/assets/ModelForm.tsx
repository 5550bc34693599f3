"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useFieldArray, useForm } from "react-hook-form";
import type { z } from "zod";
import { FormFooter } from "@/components/form/FormFooter";
import { CheckboxField, TextAreaField, TextField } from "@/components/form/fields";
import { Button } from "@/components/ui/Button";
import { assetMessages } from "@/lib/assets/messages";
import { ASPECTS, classificationModelBodySchema, MAX_SCALE_LEVEL, type ClassificationModel } from "@/lib/classification/schema";
import { apiFetch } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import type { Versioned } from "@/lib/settings/schema";

type Input = z.input<typeof classificationModelBodySchema>;
type Output = z.output<typeof classificationModelBodySchema>;

/** The classification model: level names and criteria per aspect, traceability, review interval (PUT /api/v1/classification-model). */
export function ModelForm({ model }: { model: Versioned<ClassificationModel> }) {
  const t = useMessages(assetMessages);
  const router = useRouter();
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(classificationModelBodySchema), defaultValues: model });
  const levels = useFieldArray({ control: form.control, name: "levels" });
  const errors = form.formState.errors;
  const traceability = form.watch("traceabilityEnabled");

  const { message, submit } = useApiSubmit(form, { conflict: true });
  const onSubmit = submit(async (values) => {
    form.reset(await apiFetch<Versioned<ClassificationModel>>("/api/v1/classification-model", { method: "PUT", body: values }));
    router.refresh();
    return t.model.saved;
  });

  const addLevel = () =>
    levels.append({ value: levels.fields.length, name: "", criteria: { confidentiality: "", integrity: "", availability: "", traceability: "" }, securityProtection: false });

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-4xl gap-6">
      <fieldset className="grid gap-4 rounded-lg border border-gray-200 p-4">
        <legend className="px-1 text-sm font-semibold text-gray-900">{t.model.settings}</legend>
        <CheckboxField label={t.model.traceabilityEnabled} hint={t.model.traceabilityEnabledHint} registration={form.register("traceabilityEnabled")} />
        {traceability ? <CheckboxField label={t.model.traceabilityRequired} registration={form.register("traceabilityRequired")} /> : null}
        <div className="max-w-xs">
          <TextField
            label={t.model.reviewIntervalMonths}
            type="number"
            inputMode="numeric"
            registration={form.register("reviewIntervalMonths", { valueAsNumber: true })}
            error={errors.reviewIntervalMonths}
          />
        </div>
      </fieldset>
      {levels.fields.map((field, index) => (
        <fieldset key={field.id} className="grid gap-3 rounded-lg border border-gray-200 p-4">
          <legend className="px-1 text-sm font-semibold text-gray-900">{t.model.level(index)}</legend>
          <TextField label={`${t.model.levelName} (${t.model.level(index).toLowerCase()})`} required registration={form.register(`levels.${index}.name`)} error={errors.levels?.[index]?.name} />
          <div className="grid gap-3 md:grid-cols-2">
            {ASPECTS.map((aspect) => (
              <TextAreaField
                key={aspect}
                label={`${t.model.criteria(t.aspects[aspect])} (${t.model.level(index).toLowerCase()})`}
                registration={form.register(`levels.${index}.criteria.${aspect}`)}
                error={errors.levels?.[index]?.criteria?.[aspect]}
              />
            ))}
          </div>
          <CheckboxField label={t.model.securityProtection} registration={form.register(`levels.${index}.securityProtection`)} />
        </fieldset>
      ))}
      {errors.levels?.root?.message || errors.levels?.message ? (
        <p className="text-sm text-red-700">{errors.levels?.root?.message ?? errors.levels?.message}</p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={addLevel} disabled={levels.fields.length > MAX_SCALE_LEVEL}>
          {t.model.addLevel}
        </Button>
        <Button variant="secondary" onClick={() => levels.remove(levels.fields.length - 1)} disabled={levels.fields.length <= 2}>
          {t.model.removeLevel}
        </Button>
      </div>
      <FormFooter submitting={form.formState.isSubmitting} message={message} />
    </form>
  );
}
