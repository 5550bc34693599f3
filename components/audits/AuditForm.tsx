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
import { auditCreateSchema, type AuditView } from "@/lib/audits/schema";
import { apiFetch } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { PERSPECTIVE_KEYS } from "@/lib/maturity/msb-model";

type Input = z.input<typeof auditCreateSchema> & { refsText?: string };

/** Plans an audit in a programme: area, perspective, units, criteria, month and lead auditor. */
export function AuditForm({ programmeId, orgUnits, perspectives }: { programmeId: string; orgUnits: { id: string; name: string }[]; perspectives: Record<string, string> }) {
  const t = useMessages(auditMessages);
  const router = useRouter();
  const form = useForm<Input, unknown, z.output<typeof auditCreateSchema>>({
    resolver: zodResolver(auditCreateSchema),
    defaultValues: { programmeId, orgUnitIds: [], criteriaRefs: [], auditorIds: [], auditees: [], interviews: [], perspective: null, leadAuditorId: null },
  });
  const { message, submit } = useApiSubmit(form);
  const errors = form.formState.errors;
  const onSubmit = submit(async (values) => {
    const saved = await apiFetch<AuditView>("/api/v1/audits", { body: values });
    router.push(`/internrevision/revisioner/${saved.id}`);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-4">
      <FormLimits schema={auditCreateSchema}>
      <TextField label={t.fields.title} required maxLength={200} registration={form.register("title")} error={errors.title} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t.fields.plannedMonth} type="month" required registration={form.register("plannedMonth")} error={errors.plannedMonth} />
        <SelectField
          label={t.fields.perspective}
          emptyLabel="–"
          options={PERSPECTIVE_KEYS.map((key) => ({ value: key, label: perspectives[key] ?? key }))}
          registration={form.register("perspective", { setValueAs: (value: string) => value || null })}
          error={errors.perspective}
        />
      </div>
      <TextField label={t.fields.area} maxLength={500} registration={form.register("area")} error={errors.area} />
      <SelectField label={t.fields.orgUnits} multiple options={orgUnits.map((unit) => ({ value: unit.id, label: unit.name }))} registration={form.register("orgUnitIds")} error={errors.orgUnitIds as never} />
      <TextAreaField label={t.fields.criteria} maxLength={5000} registration={form.register("criteria")} error={errors.criteria} />
      <UserPicker legend={t.fields.leadAuditor} duty="auditor" initial={null} onChange={(id) => form.setValue("leadAuditorId", id)} error={errors.leadAuditorId?.message} />
      <FormFooter submitting={form.formState.isSubmitting} message={message} submitLabel={t.actions.newAudit} />
      </FormLimits>
    </form>
  );
}
