"use client";
import { FormLimits } from "@/components/form/FormLimits";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormFooter } from "@/components/form/FormFooter";
import { SelectField, TextAreaField, TextField } from "@/components/form/fields";
import { assetMessages } from "@/lib/assets/messages";
import { REQUIREMENT_CATEGORIES, requirementCreateSchema, requirementUpdateSchema, type SecurityRequirementView } from "@/lib/assets/requirements-schema";
import { ASPECTS, levelLabel, type ClassificationModel } from "@/lib/classification/schema";
import { apiSave } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";

type Input = z.input<typeof requirementCreateSchema> & { version?: number };
type Output = z.output<typeof requirementCreateSchema> & { version?: number };

/** Add or edit a security requirement in the catalogue. */
export function RequirementForm({ model, requirement }: { model: ClassificationModel; requirement?: SecurityRequirementView }) {
  const t = useMessages(assetMessages);
  const router = useRouter();
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

  const { message, submit } = useApiSubmit(form, { conflict: true });
  const onSubmit = submit(async (values) => {
    await apiSave("/api/v1/security-requirements", requirement?.id, values);
    router.push("/admin/klassning");
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-4">
      <FormLimits schema={schema}>
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
      <FormFooter submitting={form.formState.isSubmitting} message={message} cancel />
      </FormLimits>
    </form>
  );
}
