"use client";
import { FormLimits } from "@/components/form/FormLimits";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormFooter } from "@/components/form/FormFooter";
import { SelectField, TextAreaField } from "@/components/form/fields";
import { auditMessages } from "@/lib/audits/messages";
import { AUDIT_CONCLUSIONS, reportIssueSchema, type ReportView } from "@/lib/audits/schema";
import { apiFetch } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";

/** Issues the report, or (with `previous`) a corrected revision starting from the last one. */
export function ReportForm({ auditId, version, previous }: { auditId: string; version: number; previous?: ReportView }) {
  const t = useMessages(auditMessages);
  const router = useRouter();
  const form = useForm<z.input<typeof reportIssueSchema>, unknown, z.output<typeof reportIssueSchema>>({
    resolver: zodResolver(reportIssueSchema),
    defaultValues: { summary: previous?.summary ?? "", scope: previous?.scope ?? "", conclusion: previous?.conclusion ?? "conforming", motivation: previous?.motivation ?? "", version },
  });
  const { message, submit } = useApiSubmit(form, { conflict: true });
  const errors = form.formState.errors;
  const onSubmit = submit(async (values) => {
    await apiFetch(`/api/v1/audits/${auditId}/reports`, { body: values });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-4">
      <FormLimits schema={reportIssueSchema}>
      <TextAreaField label={t.fields.summary} required rows={5} maxLength={20_000} registration={form.register("summary")} error={errors.summary} />
      <TextAreaField label={t.fields.scope} maxLength={5000} registration={form.register("scope")} error={errors.scope} />
      <SelectField label={t.fields.conclusion} options={AUDIT_CONCLUSIONS.map((c) => ({ value: c, label: t.conclusion[c] }))} registration={form.register("conclusion")} error={errors.conclusion} />
      <TextAreaField label={t.fields.motivation} maxLength={5000} registration={form.register("motivation")} error={errors.motivation} />
      <FormFooter submitting={form.formState.isSubmitting} message={message} submitLabel={previous ? t.actions.reviseReport : t.actions.issueReport} />
      </FormLimits>
    </form>
  );
}
