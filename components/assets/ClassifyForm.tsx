"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { FormMessage, TextAreaField } from "@/components/form/fields";
import { Button } from "@/components/ui/Button";
import { Notice } from "@/components/ui/Notice";
import { classifyBody, classifyFormSchema, MOTIVATION_FROM_LEVEL, type ClassifyFormInput, type ClassifyFormOutput } from "@/lib/assets/classify-schema";
import { assetMessages } from "@/lib/assets/messages";
import { aspectLevels, deriveProtection } from "@/lib/assets/rules";
import type { AssetDetailView } from "@/lib/assets/schema";
import { enabledAspects, requiredAspects, type ClassificationModel } from "@/lib/classification/schema";
import { ApiError, apiFetch, applyServerErrors } from "@/lib/client/api";
import { useMessages } from "@/lib/i18n/client";
import { coreMessages } from "@/lib/i18n/messages";
import { ProtectionBadge } from "./ProtectionBadge";
import { AspectFieldset } from "./AspectFieldset";

/**
 * The guided classification: one section per enabled aspect with the model's levels and criteria,
 * a motivation per aspect (required here from level 2), a live protection-level summary and the
 * säkerhetsskydd warning. Saves with PATCH /api/v1/assets/{id} and the asset's version.
 */
export function ClassifyForm({ asset, model }: { asset: AssetDetailView; model: ClassificationModel }) {
  const t = useMessages(assetMessages);
  const common = useMessages(coreMessages).common;
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
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

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    try {
      await apiFetch<AssetDetailView>(`/api/v1/assets/${asset.id}`, { method: "PATCH", body: classifyBody(values, model) });
      router.push(`/tillgangar/${asset.id}`);
      router.refresh();
    } catch (error) {
      setMessage(error instanceof ApiError && error.status === 409 ? common.conflict : applyServerErrors(error, form.setError, common.errorGeneric));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-4xl gap-6">
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
        <dl className="mt-2 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]" aria-live="polite" data-testid="classify-summary">
          <dt className="font-medium text-gray-900">{t.classifyForm.protectionLevel}</dt>
          <dd>
            <ProtectionBadge level={derived.protectionLevel} model={model} empty={t.notClassified} />
          </dd>
          <dt className="font-medium text-gray-900">{t.classifyForm.classified}</dt>
          <dd className="text-gray-900">{derived.classified ? t.classifyForm.willBeClassified : t.classifyForm.willNotBeClassified}</dd>
        </dl>
        <div aria-live="polite" className="mt-3" data-testid="security-warning">
          {flagged ? (
            <Notice title={t.classifyForm.securityWarningTitle} tone="warning">
              {t.detail.securityProtection}
            </Notice>
          ) : null}
        </div>
      </section>
      <FormMessage message={message} />
      <div className="flex gap-2">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? common.saving : t.classifyForm.save}
        </Button>
        <Button variant="secondary" onClick={() => router.back()}>
          {common.cancel}
        </Button>
      </div>
    </form>
  );
}
