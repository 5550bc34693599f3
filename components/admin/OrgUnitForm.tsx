"use client";
import { FormLimits } from "@/components/form/FormLimits";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormFooter } from "@/components/form/FormFooter";
import { SelectField, TextField } from "@/components/form/fields";
import { adminMessages } from "@/lib/admin/messages";
import { apiFetch } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { orgUnitCreateSchema } from "@/lib/org-units/schema";

type Input = z.input<typeof orgUnitCreateSchema>;

export function OrgUnitForm({ units }: { units: { id: string; name: string }[] }) {
  const t = useMessages(adminMessages).orgUnits;
  const router = useRouter();
  const form = useForm<Input, unknown, z.output<typeof orgUnitCreateSchema>>({ resolver: zodResolver(orgUnitCreateSchema), defaultValues: { name: "", code: "", parentId: "" } });
  const errors = form.formState.errors;
  const { message, submit } = useApiSubmit(form);
  const onSubmit = submit(async (values) => {
    await apiFetch("/api/v1/org-units", { body: { ...values, parentId: values.parentId || null } });
    form.reset({ name: "", code: "", parentId: "" });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 md:grid-cols-3">
      <FormLimits schema={orgUnitCreateSchema}>
      <TextField label={t.name} required registration={form.register("name")} error={errors.name} />
      <TextField label={t.code} registration={form.register("code")} error={errors.code} />
      <SelectField label={t.parent} emptyLabel={t.noParent} options={units.map((u) => ({ value: u.id, label: u.name }))} registration={form.register("parentId", { setValueAs: (v: string) => v || null })} error={errors.parentId} />
      <div className="md:col-span-3">
        <FormFooter submitting={form.formState.isSubmitting} message={message} submitLabel={t.add} submittingLabel={t.add} />
      </div>
      </FormLimits>
    </form>
  );
}
