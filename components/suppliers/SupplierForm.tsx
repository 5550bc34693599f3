"use client";
import { FormLimits } from "@/components/form/FormLimits";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { FormFooter } from "@/components/form/FormFooter";
import { RecordPicker } from "@/components/form/RecordPicker";
import { UserPicker } from "@/components/form/UserPicker";
import { SelectField, TextAreaField, TextField } from "@/components/form/fields";
import { apiSave } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { supplierMessages } from "@/lib/suppliers/messages";
import { SUPPLIER_CATEGORIES, SUPPLIER_STATUSES, supplierCreateSchema, supplierUpdateSchema, type SupplierView } from "@/lib/suppliers/schema";
import { text, z } from "@/lib/validation/zod";

// Certifications are typed one per line, "standard;valid until"; the lines are sent as the list.
const certificationsText = { certificationsText: text().max(5000).optional() };
const createForm = supplierCreateSchema.omit({ certifications: true }).extend(certificationsText);
const updateForm = supplierUpdateSchema.omit({ certifications: true }).extend(certificationsText);
type Input = z.input<typeof createForm> & { version?: number };
type Output = z.output<typeof createForm> & { version?: number };

const toCertifications = (value: string | undefined) =>
  (value ?? "").split("\n").map((line) => line.split(";").map((part) => part.trim())).filter(([standard]) => standard).map(([standard, validUntil]) => ({ standard, validUntil: validUntil || null }));

const LEVELS = [0, 1, 2, 3, 4] as const;
const toLevel = (value: unknown) => (value === "" || value === null || value === undefined ? null : Number(value));

/** Create or edit a supplier; criticality is derived unless set here with a motivation. */
export function SupplierForm({ supplier }: { supplier?: SupplierView }) {
  const t = useMessages(supplierMessages);
  const router = useRouter();
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver((supplier ? updateForm : createForm) as typeof createForm),
    defaultValues: {
      name: supplier?.name ?? "",
      orgNumber: supplier?.orgNumber ?? "",
      country: supplier?.country ?? "SE",
      category: supplier?.category ?? "saas",
      status: supplier?.status ?? "active",
      contactName: supplier?.contactName ?? "",
      contactEmail: supplier?.contactEmail ?? "",
      contactPhone: supplier?.contactPhone ?? "",
      ownerId: supplier?.ownerId ?? null,
      parentSupplierId: supplier?.parentSupplier?.id ?? null,
      notes: supplier?.notes ?? "",
      certificationsText: supplier?.certifications.map((item) => [item.standard, item.validUntil].filter(Boolean).join(";")).join("\n") ?? "",
      criticalityOverride: supplier?.criticalityOverride ?? null,
      criticalityMotivation: supplier?.criticalityMotivation ?? "",
      ...(supplier ? { version: supplier.version } : {}),
    },
  });
  const { errors } = form.formState;
  const { message, submit } = useApiSubmit(form, { conflict: true });
  const onSubmit = submit(async ({ certificationsText: lines, ...values }) => {
    const saved = await apiSave<SupplierView>("/api/v1/suppliers", supplier?.id, { ...values, certifications: toCertifications(lines) });
    router.push(`/leverantorer/${saved.id}`);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-3xl gap-5">
      <FormLimits schema={supplier ? updateForm : createForm}>
      <TextField label={t.fields.name} required maxLength={200} registration={form.register("name")} error={errors.name} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t.fields.orgNumber} hint={t.fields.orgNumberHint} registration={form.register("orgNumber")} error={errors.orgNumber} />
        <TextField label={t.fields.country} registration={form.register("country")} error={errors.country} />
        <SelectField label={t.fields.category} required options={SUPPLIER_CATEGORIES.map((c) => ({ value: c, label: t.categories[c] }))} registration={form.register("category")} error={errors.category} />
        <SelectField label={t.fields.status} options={SUPPLIER_STATUSES.map((s) => ({ value: s, label: t.supplierStatuses[s] }))} registration={form.register("status")} error={errors.status} />
        <TextField label={t.fields.contactName} registration={form.register("contactName")} error={errors.contactName} />
        <TextField label={t.fields.contactEmail} type="email" registration={form.register("contactEmail")} error={errors.contactEmail} />
        <TextField label={t.fields.contactPhone} type="tel" registration={form.register("contactPhone")} error={errors.contactPhone} />
      </div>
      <UserPicker
        legend={t.fields.owner}
        duty="action_owner"
        initial={supplier ? { id: supplier.ownerId, name: supplier.ownerName } : null}
        onChange={(ownerId) => form.setValue("ownerId", ownerId, { shouldDirty: true })}
        error={errors.ownerId?.message}
      />
      <RecordPicker
        legend={t.fields.parent}
        endpoint="/api/v1/suppliers/options"
        initial={supplier?.parentSupplier ? [supplier.parentSupplier] : []}
        onChange={(next) => form.setValue("parentSupplierId", next[0]?.id ?? null, { shouldDirty: true })}
        error={errors.parentSupplierId?.message}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t.fields.criticalityOverride}
          emptyLabel={t.notSet}
          options={LEVELS.map((level) => ({ value: String(level), label: t.level(level) }))}
          registration={form.register("criticalityOverride", { setValueAs: toLevel })}
          error={errors.criticalityOverride}
        />
        <TextAreaField label={t.fields.criticalityMotivation} rows={2} registration={form.register("criticalityMotivation")} error={errors.criticalityMotivation} />
      </div>
      <TextAreaField label={t.fields.certifications} hint={t.fields.certificationsHint} rows={2} registration={form.register("certificationsText")} error={errors.certificationsText} />
      <TextAreaField label={t.fields.notes} registration={form.register("notes")} error={errors.notes} />
      <FormFooter submitting={form.formState.isSubmitting} message={message} cancel />
      </FormLimits>
    </form>
  );
}
