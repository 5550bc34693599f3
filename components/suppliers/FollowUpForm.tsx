"use client";
import { FormLimits } from "@/components/form/FormLimits";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { FormFooter } from "@/components/form/FormFooter";
import { RecordPicker } from "@/components/form/RecordPicker";
import { SelectField, TextAreaField, TextField } from "@/components/form/fields";
import type { RecordOption } from "@/lib/api/options";
import { apiFetch } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { supplierMessages } from "@/lib/suppliers/messages";
import { FOLLOW_UP_METHODS, FOLLOW_UP_RESULTS, followUpCreateSchema, type FollowUpView } from "@/lib/suppliers/schema";
import { text, z } from "@/lib/validation/zod";

// The remarks are typed one per line; each line is sent as a remark and becomes an action.
const formSchema = followUpCreateSchema.omit({ remarks: true }).extend({ remarksText: text().max(10_000).optional() });
type Input = z.input<typeof formSchema>;
type Output = z.output<typeof formSchema>;

interface Props {
  /** The supplier from the page (its contracts listed); without one the form asks for it. */
  supplier?: RecordOption;
  contracts: { id: string; title: string }[];
  today: string;
}

/** Records a follow-up of a supplier; remarks become actions (source: the supplier). */
export function FollowUpForm({ supplier, contracts, today }: Props) {
  const t = useMessages(supplierMessages);
  const router = useRouter();
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(formSchema),
    defaultValues: { supplierId: supplier?.id ?? "", contractId: null, performedAt: today, method: "document_review", result: "approved", summary: "", remarksText: "" },
  });
  const { errors } = form.formState;
  const { message, submit } = useApiSubmit(form);
  const onSubmit = submit(async ({ remarksText, ...values }) => {
    const remarks = (remarksText ?? "").split("\n").map((line) => line.trim()).filter(Boolean).map((title) => ({ title: title.slice(0, 200) }));
    const saved = await apiFetch<FollowUpView>("/api/v1/supplier-follow-ups", { body: { ...values, remarks } });
    router.push(`/leverantorer/uppfoljningar/${saved.id}`);
    router.refresh();
  });
  const orNull = (value: unknown) => (value ? String(value) : null);

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-3xl gap-5">
      <FormLimits schema={formSchema}>
      {supplier ? null : (
        <RecordPicker
          legend={t.fields.supplier}
          endpoint="/api/v1/suppliers/options"
          onChange={(next) => form.setValue("supplierId", next[0]?.id ?? "", { shouldDirty: true })}
          error={errors.supplierId?.message}
        />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t.fields.performedAt} type="date" required registration={form.register("performedAt")} error={errors.performedAt} />
        <SelectField label={t.fields.contractOfFollowUp} emptyLabel={t.none} options={contracts.map((c) => ({ value: c.id, label: c.title }))} registration={form.register("contractId", { setValueAs: orNull })} error={errors.contractId} />
        <SelectField label={t.fields.method} required options={FOLLOW_UP_METHODS.map((m) => ({ value: m, label: t.methods[m] }))} registration={form.register("method")} error={errors.method} />
        <SelectField label={t.fields.result} required options={FOLLOW_UP_RESULTS.map((r) => ({ value: r, label: t.results[r] }))} registration={form.register("result")} error={errors.result} />
      </div>
      <TextAreaField label={t.fields.summary} registration={form.register("summary")} error={errors.summary} />
      <TextAreaField label={t.fields.remarks} hint={t.fields.remarksHint} rows={4} registration={form.register("remarksText")} error={errors.remarksText} />
      <FormFooter submitting={form.formState.isSubmitting} message={message} cancel />
      </FormLimits>
    </form>
  );
}
