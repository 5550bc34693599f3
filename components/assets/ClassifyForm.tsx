"use client";
import { FormLimits } from "@/components/form/FormLimits";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { Controller, useForm } from "react-hook-form";
import { FormFooter } from "@/components/form/FormFooter";
import { TextAreaField } from "@/components/form/fields";
import { Fact, Facts } from "@/components/ui/Facts";
import { Notice } from "@/components/ui/Notice";
import { classifyBody, classifyFormSchema, MOTIVATION_FROM_LEVEL, type ClassifyFormInput, type ClassifyFormOutput } from "@/lib/assets/classify-schema";
import { assetMessages } from "@/lib/assets/messages";
import { aspectLevels, deriveProtection } from "@/lib/assets/rules";
import type { AssetDetailView } from "@/lib/assets/schema";
import { enabledAspects, requiredAspects, type ClassificationModel } from "@/lib/classification/schema";
import { apiFetch } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { ProtectionBadge } from "./ProtectionBadge";
import { AspectFieldset } from "./AspectFieldset";

/**
 * The guided classification: one section per enabled aspect with the model's levels and criteria,
 * a motivation per aspect (required here from level 2), a live protection-level summary and the
 * säkerhetsskydd warning. Saves with PATCH /api/v1/assets/{id} and the asset's version.
 */
export function ClassifyForm({ asset, model }: { asset: AssetDetailView; model: ClassificationModel }) {
  const t = useMessages(assetMessages);
  const router = useRouter();
  const schema = useMemo(() => classifyFormSchema(model, t.classifyForm), [model, t.classifyForm]);
  const aspects = enabledAspects(model);
  const required = requiredAspects(model);
  const form = useForm<ClassifyFormInput, unknown, ClassifyFormOutput>({
    resolver: zodResolver(schema),
    defaultValues: {
      version: asset.version,
      ...Object.fromEntries(aspects.map((aspect) => [aspect, asset[aspect]])),
      motivations: Object.fromEntries(aspects.map((aspect) => [aspect, asset.motivations[aspect] ?? ""])),
    },
  });
  const errors = form.formState.errors;
  const levels = aspectLevels(form.watch());
  const derived = deriveProtection(levels, model);
  const flagged = aspects.some((aspect) => model.levels.some((level) => level.securityProtection && level.value === levels[aspect]));

  const { message, submit } = useApiSubmit(form, { conflict: true });
  const onSubmit = submit(async (values) => {
    await apiFetch<AssetDetailView>(`/api/v1/assets/${asset.id}`, { method: "PATCH", body: classifyBody(values, model) });
    router.push(`/tillgangar/${asset.id}`);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-4xl gap-6">
      <FormLimits schema={schema}>
      {aspects.map((aspect) => {
        const level = levels[aspect];
        return (
          <Controller
            key={aspect}
            control={form.control}
            name={aspect}
            render={({ field }) => (
              <AspectFieldset
                aspect={aspect}
                model={model}
                value={field.value}
                onChange={field.onChange}
                inputRef={field.ref}
                required={required.includes(aspect)}
                error={errors[aspect]?.message}
              >
                <TextAreaField
                  label={t.classifyForm.motivation(t.aspects[aspect])}
                  hint={t.classifyForm.motivationHint}
                  required={level !== null && level >= MOTIVATION_FROM_LEVEL}
                  registration={form.register(`motivations.${aspect}`)}
                  error={errors.motivations?.[aspect]}
                />
              </AspectFieldset>
            )}
          />
        );
      })}
      <section aria-labelledby="classify-summary" className="rounded-lg border border-gray-200 bg-white p-4">
        <h2 id="classify-summary" className="text-lg font-semibold text-gray-900">{t.classifyForm.summary}</h2>
        <Facts className="mt-2" aria-live="polite" data-testid="classify-summary">
          <Fact label={t.classifyForm.protectionLevel}>
            <ProtectionBadge level={derived.protectionLevel} model={model} empty={t.notClassified} />
          </Fact>
          <Fact label={t.classifyForm.classified}>{derived.classified ? t.classifyForm.willBeClassified : t.classifyForm.willNotBeClassified}</Fact>
        </Facts>
        <div aria-live="polite" className="mt-3" data-testid="security-warning">
          {flagged ? (
            <Notice title={t.classifyForm.securityWarningTitle} tone="warning">
              {t.detail.securityProtection}
            </Notice>
          ) : null}
        </div>
      </section>
      <FormFooter submitting={form.formState.isSubmitting} message={message} submitLabel={t.classifyForm.save} cancel />
      </FormLimits>
    </form>
  );
}
