"use client";
import { FormLimits } from "@/components/form/FormLimits";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormFooter } from "@/components/form/FormFooter";
import { SelectField, TextAreaField, TextField } from "@/components/form/fields";
import { UserPicker } from "@/components/form/UserPicker";
import { auditMessages } from "@/lib/audits/messages";
import { apiFetch } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { FINDING_TYPES, findingCreateSchema } from "@/lib/findings/schema";
import { useMessages } from "@/lib/i18n/client";

/** Records a finding of the audit: its type, the requirement, what was seen, and who answers for it. */
export function FindingForm({ auditId, orgUnits }: { auditId: string; orgUnits: { id: string; name: string }[] }) {
  const t = useMessages(auditMessages);
  const router = useRouter();
  const form = useForm<z.input<typeof findingCreateSchema>, unknown, z.output<typeof findingCreateSchema>>({
    resolver: zodResolver(findingCreateSchema),
    defaultValues: { auditId, type: "minor_nonconformity", title: "", orgUnitId: null, responsibleId: null, responseDueAt: "" },
  });
  const { message, submit } = useApiSubmit(form);
  const errors = form.formState.errors;
  const onSubmit = submit(async (values) => {
    await apiFetch("/api/v1/findings", { body: values });
    form.reset({ auditId, type: values.type, title: "", description: "", criterion: "", evidence: "", orgUnitId: null, responsibleId: null, responseDueAt: "" });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-4" aria-label={t.actions.newFinding}>
      <FormLimits schema={findingCreateSchema}>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label={t.fields.type} options={FINDING_TYPES.map((type) => ({ value: type, label: t.findingType[type] }))} registration={form.register("type")} error={errors.type} />
        <SelectField
          label={t.fields.orgUnit}
          emptyLabel="–"
          options={orgUnits.map((unit) => ({ value: unit.id, label: unit.name }))}
          registration={form.register("orgUnitId", { setValueAs: (value: string) => value || null })}
          error={errors.orgUnitId}
        />
      </div>
      <TextField label={t.fields.title} required maxLength={200} registration={form.register("title")} error={errors.title} />
      <TextField label={t.fields.criterion} maxLength={1000} registration={form.register("criterion")} error={errors.criterion} />
      <TextAreaField label={t.fields.description} maxLength={10_000} registration={form.register("description")} error={errors.description} />
      <TextAreaField label={t.fields.evidence} maxLength={10_000} registration={form.register("evidence")} error={errors.evidence} />
      <UserPicker legend={t.fields.responsible} duty="finding_responsible" initial={null} onChange={(id) => form.setValue("responsibleId", id)} error={errors.responsibleId?.message} />
      <TextField label={t.fields.responseDueAt} type="date" registration={form.register("responseDueAt")} error={errors.responseDueAt} />
      <FormFooter submitting={form.formState.isSubmitting} message={message} submitLabel={t.actions.newFinding} />
      </FormLimits>
    </form>
  );
}
