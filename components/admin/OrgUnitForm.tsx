"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormMessage, SelectField, TextField } from "@/components/form/fields";
import { Button } from "@/components/ui/Button";
import { adminMessages } from "@/lib/admin/messages";
import { apiFetch, applyServerErrors } from "@/lib/client/api";
import { useMessages } from "@/lib/i18n/client";
import { coreMessages } from "@/lib/i18n/messages";
import { orgUnitCreateSchema } from "@/lib/org-units/schema";

type Input = z.input<typeof orgUnitCreateSchema>;

export function OrgUnitForm({ units }: { units: { id: string; name: string }[] }) {
  const t = useMessages(adminMessages).orgUnits;
  const core = useMessages(coreMessages);
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<Input, unknown, z.output<typeof orgUnitCreateSchema>>({ resolver: zodResolver(orgUnitCreateSchema), defaultValues: { name: "", code: "", parentId: "" } });
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    try {
      await apiFetch("/api/v1/org-units", { body: { ...values, parentId: values.parentId || null } });
      form.reset({ name: "", code: "", parentId: "" });
      router.refresh();
    } catch (error) {
      setMessage(applyServerErrors(error, form.setError, core.common.errorGeneric));
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 md:grid-cols-3">
      <TextField label={t.name} required registration={form.register("name")} error={errors.name} />
      <TextField label={t.code} registration={form.register("code")} error={errors.code} />
      <SelectField label={t.parent} emptyLabel={t.noParent} options={units.map((u) => ({ value: u.id, label: u.name }))} registration={form.register("parentId", { setValueAs: (v: string) => v || null })} error={errors.parentId} />
      <div className="md:col-span-3">
        <FormMessage message={message} />
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t.add}
        </Button>
      </div>
    </form>
  );
}
