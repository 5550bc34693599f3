"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormMessage, SelectField, TextAreaField, TextField } from "@/components/form/fields";
import { Button } from "@/components/ui/Button";
import { assetMessages } from "@/lib/assets/messages";
import { REQUIREMENT_CATEGORIES, requirementCreateSchema, requirementUpdateSchema, type SecurityRequirementView } from "@/lib/assets/requirements-schema";
import { ASPECTS, levelLabel, type ClassificationModel } from "@/lib/classification/schema";
import { ApiError, apiFetch, applyServerErrors } from "@/lib/client/api";
import { useMessages } from "@/lib/i18n/client";
import { coreMessages } from "@/lib/i18n/messages";

type Input = z.input<typeof requirementCreateSchema> & { version?: number };
type Output = z.output<typeof requirementCreateSchema> & { version?: number };

/** Add or edit a security requirement in the catalogue. */
export function RequirementForm({ model, requirement }: { model: ClassificationModel; requirement?: SecurityRequirementView }) {
  const t = useMessages(assetMessages);
  const common = useMessages(coreMessages).common;
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const schema = requirement ? requirementUpdateSchema : requirementCreateSchema;
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(schema as typeof requirementCreateSchema),
    defaultValues: {
      code: requirement?.code ?? "",
      title: requirement?.title ?? "",
      description: requirement?.description ?? "",
      category: requirement?.category ?? "administrative",
      aspect: requirement?.aspect ?? "confidentiality",
      minLevel: requirement?.minLevel ?? 2,
      ...(requirement ? { version: requirement.version } : {}),
    },
  });
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    try {
      if (requirement) await apiFetch(`/api/v1/security-requirements/${requirement.id}`, { method: "PATCH", body: values });
      else await apiFetch("/api/v1/security-requirements", { body: values });
      router.push("/admin/klassning");
      router.refresh();
    } catch (error) {
      setMessage(error instanceof ApiError && error.status === 409 ? common.conflict : applyServerErrors(error, form.setError, common.errorGeneric));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-4">
      <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
        <TextField label={t.requirement.code} required registration={form.register("code")} error={errors.code} />
        <TextField label={t.requirement.title} required registration={form.register("title")} error={errors.title} />
      </div>
      <TextAreaField label={t.catalogue.description} registration={form.register("description")} error={errors.description} />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          label={t.requirement.category}
          options={REQUIREMENT_CATEGORIES.map((c) => ({ value: c, label: t.categories[c] }))}
          registration={form.register("category")}
          error={errors.category}
        />
        <SelectField label={t.requirement.aspect} options={ASPECTS.map((a) => ({ value: a, label: t.aspects[a] }))} registration={form.register("aspect")} error={errors.aspect} />
        <SelectField
          label={t.requirement.minLevel}
          hint={t.catalogue.minLevelHint}
          options={model.levels.map((level) => ({ value: String(level.value), label: levelLabel(model, level.value)! }))}
          registration={form.register("minLevel", { setValueAs: (value) => Number(value) })}
          error={errors.minLevel}
        />
      </div>
      <FormMessage message={message} />
      <div className="flex gap-2">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? common.saving : common.save}
        </Button>
        <Button variant="secondary" onClick={() => router.back()}>
          {common.cancel}
        </Button>
      </div>
    </form>
  );
}
