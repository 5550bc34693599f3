"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm, type Resolver } from "react-hook-form";
import { FormFooter } from "@/components/form/FormFooter";
import { FormLimits } from "@/components/form/FormLimits";
import { SelectField, TextField } from "@/components/form/fields";
import { RecordPicker } from "@/components/form/RecordPicker";
import { useLeaveGuard } from "@/components/form/useLeaveGuard";
import { apiSave } from "@/lib/client/api";
import { lowerIsBetter } from "@/lib/indicators/direction";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { dateInputValue } from "@/lib/format";
import { useLocale, useMessages } from "@/lib/i18n/client";
import { PERSPECTIVE_KEYS, type PerspectiveKey } from "@/lib/maturity/msb-model";
import { perspectiveNames } from "@/lib/maturity/perspective-names";
import { objectiveMessages } from "@/lib/objectives/messages";
import { targetFromInput, targetToInput } from "@/lib/objectives/rules";
import { objectiveCreateSchema, objectiveUpdateSchema, type ObjectiveView } from "@/lib/objectives/schema";
import type { z } from "@/lib/validation/zod";

type Input = z.input<typeof objectiveCreateSchema> & { version?: number };
type Output = z.output<typeof objectiveCreateSchema> & { version?: number };

/** An indicator the objective may follow: its unit decides how the target is typed. */
export interface IndicatorChoice {
  key: string;
  perspective: PerspectiveKey;
  unit: NonNullable<ObjectiveView["unit"]>;
  label: string;
}

const orNull = (value: unknown) => (value === "" || value === null || value === undefined ? null : Number(value));
const keyOrNull = (value: unknown) => (value ? String(value) : null);

/** Create or edit an objective; the API's zod schema validates, after a share's percentage is turned into 0–1. */
export function ObjectiveForm({ objective, indicators }: { objective?: ObjectiveView; indicators: IndicatorChoice[] }) {
  const t = useMessages(objectiveMessages);
  const locale = useLocale();
  const router = useRouter();
  const schema = objective ? objectiveUpdateSchema : objectiveCreateSchema;
  const unitOf = (key: string | null | undefined) => indicators.find((indicator) => indicator.key === key)?.unit ?? null;
  const validate = zodResolver(schema as typeof objectiveCreateSchema) as Resolver<Input, unknown, Output>;
  const resolver: Resolver<Input, unknown, Output> = (values, context, options) =>
    validate({ ...values, target: targetFromInput(values.target as number | null | undefined, unitOf(values.indicatorKey)) }, context, options);
  const form = useForm<Input, unknown, Output>({
    resolver,
    defaultValues: objective
      ? { title: objective.title, perspective: objective.perspective, indicatorKey: objective.indicatorKey, target: targetToInput(objective.target, objective.unit ?? unitOf(objective.indicatorKey)), dueAt: dateInputValue(objective.dueAt), ownerId: objective.ownerId, version: objective.version }
      : { title: "", perspective: PERSPECTIVE_KEYS[0], indicatorKey: null, target: null, dueAt: "", ownerId: null },
  });
  const errors = form.formState.errors;
  useLeaveGuard(form.formState.isDirty && !form.formState.isSubmitSuccessful, t.leave);
  const perspective = form.watch("perspective");
  const indicatorKey = form.watch("indicatorKey");
  const unit = unitOf(indicatorKey);
  const { message, submit } = useApiSubmit(form, { conflict: true });
  const onSubmit = submit(async (values) => {
    await apiSave<ObjectiveView>("/api/v1/objectives", objective?.id, values);
    router.push("/ledningens-genomgang/mal");
    router.refresh();
  });
  const choices = indicators.filter((indicator) => indicator.perspective === perspective);
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-4">
      <FormLimits schema={schema}>
        <TextField label={t.fields.title} required registration={form.register("title")} error={errors.title} />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label={t.fields.perspective}
            options={PERSPECTIVE_KEYS.map((key) => ({ value: key, label: perspectiveNames[locale][key] }))}
            registration={form.register("perspective", { onChange: () => form.setValue("indicatorKey", null, { shouldDirty: true }) })}
            error={errors.perspective}
          />
          <SelectField
            label={t.fields.indicatorKey}
            hint={t.fields.indicatorHint}
            emptyLabel={t.fields.noIndicator}
            options={choices.map((indicator) => ({ value: indicator.key, label: indicator.label }))}
            registration={form.register("indicatorKey", { setValueAs: keyOrNull })}
            error={errors.indicatorKey}
          />
          <TextField label={t.fields.target} type="number" inputMode="decimal" hint={`${t.fields.targetHint[unit ?? "none"]}${lowerIsBetter(indicatorKey, unit) ? ` ${t.fields.lowerIsBetter}` : ""}`} registration={form.register("target", { setValueAs: orNull })} error={errors.target} />
          <TextField label={t.fields.dueAt} type="date" registration={form.register("dueAt")} error={errors.dueAt} />
        </div>
        <RecordPicker
          legend={t.fields.owner}
          endpoint="/api/v1/users/options"
          initial={objective?.ownerId ? [{ id: objective.ownerId, name: objective.ownerName ?? "" }] : []}
          onChange={(next) => form.setValue("ownerId", next[0]?.id ?? null, { shouldDirty: true })}
          error={errors.ownerId?.message}
        />
        <FormFooter submitting={form.formState.isSubmitting} message={message} cancel />
      </FormLimits>
    </form>
  );
}
