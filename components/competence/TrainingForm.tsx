"use client";
import { FormLimits } from "@/components/form/FormLimits";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm, type UseFormRegisterReturn } from "react-hook-form";
import { FormFooter } from "@/components/form/FormFooter";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/form/fields";
import { apiSave } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { competenceMessages } from "@/lib/competence/messages";
import { KNOWLEDGE_AREAS, TARGET_GROUPS, TRAINING_KINDS, TRAINING_STATUSES, trainingCreateSchema, trainingUpdateSchema, type TrainingView } from "@/lib/competence/schema";
import { useMessages } from "@/lib/i18n/client";
import type { z } from "@/lib/validation/zod";

type Input = z.input<typeof trainingCreateSchema> & { version?: number };
type Output = z.output<typeof trainingCreateSchema> & { version?: number };

const orNull = (value: unknown) => (value === "" || value === null || value === undefined ? null : Number(value));

/** Checkboxes for one array field: the ticked values are the array. */
function Choices({ legend, options, registration }: { legend: string; options: { value: string; label: string; lang?: string }[]; registration: UseFormRegisterReturn }) {
  return (
    <fieldset className="rounded-md border border-gray-300 p-3">
      <legend className="px-1 text-sm font-medium text-gray-900">{legend}</legend>
      <ul className="grid gap-1">
        {options.map((option) => (
          <li key={option.value}>
            <label className="inline-flex items-start gap-2 text-sm text-gray-900" lang={option.lang}>
              <input type="checkbox" value={option.value} className="mt-1 h-4 w-4" {...registration} />
              {option.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** A training programme: kind, target groups, whether mandatory and how often, MSB's areas; pausing keeps its history. */
export function TrainingForm({ training }: { training?: TrainingView }) {
  const t = useMessages(competenceMessages);
  const router = useRouter();
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver((training ? trainingUpdateSchema : trainingCreateSchema) as typeof trainingCreateSchema),
    defaultValues: training
      ? {
          ...{ title: training.title, description: training.description ?? "", kind: training.kind, mandatory: training.mandatory, status: training.status, version: training.version },
          ...{ recurrenceMonths: training.recurrenceMonths, newStaffWithinDays: training.newStaffWithinDays, knowledgeAreas: training.knowledgeAreas },
          targetGroups: training.targetGroups as Input["targetGroups"],
        }
      : { title: "", kind: "e_learning", targetGroups: ["all_staff"], mandatory: false, knowledgeAreas: [], status: "active", recurrenceMonths: null, newStaffWithinDays: null },
  });
  const errors = form.formState.errors;
  const { message, submit } = useApiSubmit(form, { conflict: true });
  const onSubmit = submit(async (values) => {
    const saved = await apiSave<TrainingView>("/api/v1/trainings", training?.id, values);
    router.push(`/kompetens/utbildningar/${saved.id}`);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-3xl gap-4">
      <FormLimits schema={training ? trainingUpdateSchema : trainingCreateSchema}>
      <TextField label={t.fields.title} required registration={form.register("title")} error={errors.title} />
      <TextAreaField label={t.fields.description} registration={form.register("description")} error={errors.description} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label={t.fields.kind} options={TRAINING_KINDS.map((k) => ({ value: k, label: t.kinds[k] }))} registration={form.register("kind")} error={errors.kind} />
        <SelectField label={t.fields.status} options={TRAINING_STATUSES.map((s) => ({ value: s, label: t.statuses[s] }))} registration={form.register("status")} error={errors.status} />
        <TextField label={t.fields.recurrenceMonths} type="number" inputMode="numeric" registration={form.register("recurrenceMonths", { setValueAs: orNull })} error={errors.recurrenceMonths} />
        <TextField label={t.fields.newStaffWithinDays} type="number" inputMode="numeric" registration={form.register("newStaffWithinDays", { setValueAs: orNull })} error={errors.newStaffWithinDays} />
      </div>
      <CheckboxField label={t.fields.mandatory} registration={form.register("mandatory")} />
      <Choices legend={t.fields.targetGroups} options={TARGET_GROUPS.map((g) => ({ value: g, label: t.groups[g] }))} registration={form.register("targetGroups")} />
      <Choices legend={t.fields.knowledgeAreas} options={KNOWLEDGE_AREAS.map((a) => ({ value: a, label: t.areas[a], lang: "sv" }))} registration={form.register("knowledgeAreas")} />
      <FormFooter submitting={form.formState.isSubmitting} message={message} cancel />
      </FormLimits>
    </form>
  );
}
