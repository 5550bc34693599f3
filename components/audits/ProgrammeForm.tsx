"use client";
import { FormLimits } from "@/components/form/FormLimits";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormFooter } from "@/components/form/FormFooter";
import { TextField } from "@/components/form/fields";
import { programmeCreateSchema, type ProgrammeView } from "@/lib/audit-programmes/schema";
import { auditMessages } from "@/lib/audits/messages";
import { apiFetch } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";

/** A new audit programme: the audit plan for a period, typically 12 months. */
export function ProgrammeForm() {
  const t = useMessages(auditMessages);
  const router = useRouter();
  const form = useForm<z.input<typeof programmeCreateSchema>, unknown, z.output<typeof programmeCreateSchema>>({ resolver: zodResolver(programmeCreateSchema) });
  const { message, submit } = useApiSubmit(form);
  const errors = form.formState.errors;
  const onSubmit = submit(async (values) => {
    const saved = await apiFetch<ProgrammeView>("/api/v1/audit-programmes", { body: values });
    router.push(`/internrevision/program/${saved.id}`);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-4">
      <FormLimits schema={programmeCreateSchema}>
      <TextField label={t.fields.title} required maxLength={200} registration={form.register("title")} error={errors.title} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t.fields.periodFrom} type="date" required registration={form.register("periodFrom")} error={errors.periodFrom} />
        <TextField label={t.fields.periodTo} type="date" required registration={form.register("periodTo")} error={errors.periodTo} />
      </div>
      <FormFooter submitting={form.formState.isSubmitting} message={message} submitLabel={t.actions.newProgramme} />
      </FormLimits>
    </form>
  );
}
