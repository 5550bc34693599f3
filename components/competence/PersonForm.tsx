"use client";
import { FormLimits } from "@/components/form/FormLimits";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { FormFooter } from "@/components/form/FormFooter";
import { SelectField, TextField } from "@/components/form/fields";
import { apiSave } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { competenceMessages } from "@/lib/competence/messages";
import { PERSON_GROUPS, personCreateSchema, personUpdateSchema, type PersonView } from "@/lib/competence/schema";
import { dateInputValue } from "@/lib/format";
import { useMessages } from "@/lib/i18n/client";
import type { z } from "@/lib/validation/zod";

type Input = z.input<typeof personCreateSchema> & { version?: number };
type Output = z.output<typeof personCreateSchema> & { version?: number };

const orNull = (value: unknown) => (value ? String(value) : null);

/** A person in the staff register; HR sync keeps most people, this form the exceptions. */
export function PersonForm({ orgUnits, person }: { orgUnits: { id: string; name: string }[]; person?: PersonView }) {
  const t = useMessages(competenceMessages);
  const router = useRouter();
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver((person ? personUpdateSchema : personCreateSchema) as typeof personCreateSchema),
    defaultValues: {
      name: person?.name ?? "",
      email: person?.email ?? null,
      employeeNumber: person?.employeeNumber ?? null,
      orgUnitId: person?.orgUnitId ?? null,
      targetGroups: (person?.targetGroups ?? []) as Input["targetGroups"],
      startedAt: dateInputValue(person?.startedAt),
      endedAt: dateInputValue(person?.endedAt),
      ...(person ? { version: person.version } : {}),
    },
  });
  const errors = form.formState.errors;
  const { message, submit } = useApiSubmit(form, { conflict: true });
  const onSubmit = submit(async (values) => {
    const saved = await apiSave<PersonView>("/api/v1/people", person?.id, values);
    router.push(`/kompetens/personer/${saved.id}`);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-3xl gap-4">
      <FormLimits schema={person ? personUpdateSchema : personCreateSchema}>
      <TextField label={t.fields.name} required registration={form.register("name")} error={errors.name} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t.fields.email} type="email" registration={form.register("email", { setValueAs: orNull })} error={errors.email} />
        <TextField label={t.fields.employeeNumber} registration={form.register("employeeNumber", { setValueAs: orNull })} error={errors.employeeNumber} />
        <SelectField label={t.fields.orgUnit} emptyLabel="—" options={orgUnits.map((u) => ({ value: u.id, label: u.name }))} registration={form.register("orgUnitId", { setValueAs: orNull })} error={errors.orgUnitId} />
        <TextField label={t.fields.startedAt} type="date" registration={form.register("startedAt")} error={errors.startedAt} />
        <TextField label={t.fields.endedAt} type="date" registration={form.register("endedAt")} error={errors.endedAt} />
      </div>
      <fieldset className="rounded-md border border-gray-300 p-3">
        <legend className="px-1 text-sm font-medium text-gray-900">{t.fields.targetGroups}</legend>
        {PERSON_GROUPS.map((group) => (
          <label key={group} className="mr-4 inline-flex items-center gap-2 text-sm text-gray-900">
            <input type="checkbox" value={group} className="h-4 w-4" {...form.register("targetGroups")} />
            {t.groups[group]}
          </label>
        ))}
      </fieldset>
      <FormFooter submitting={form.formState.isSubmitting} message={message} cancel />
      </FormLimits>
    </form>
  );
}
