"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormFooter } from "@/components/form/FormFooter";
import { SelectField, TextField } from "@/components/form/fields";
import { adminMessages } from "@/lib/admin/messages";
import { ROLES } from "@/lib/authz/roles";
import { apiFetch } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { coreMessages } from "@/lib/i18n/messages";
import { userCreateSchema } from "@/lib/users/schema";

type Input = z.input<typeof userCreateSchema>;

export function AddUserForm() {
  const t = useMessages(adminMessages).users;
  const core = useMessages(coreMessages);
  const router = useRouter();
  const form = useForm<Input, unknown, z.output<typeof userCreateSchema>>({ resolver: zodResolver(userCreateSchema), defaultValues: { role: "reporter" } });
  const errors = form.formState.errors;
  const { message, submit } = useApiSubmit(form);
  const onSubmit = submit(async (values) => {
    await apiFetch("/api/v1/users", { body: { ...values, password: values.password || undefined } });
    form.reset({ email: "", name: "", password: "", role: "reporter" });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 md:grid-cols-2">
      <TextField label={t.name} required registration={form.register("name")} error={errors.name} />
      <TextField label={t.email} type="email" required registration={form.register("email")} error={errors.email} />
      <SelectField label={t.role} options={ROLES.map((role) => ({ value: role, label: core.roles[role] }))} registration={form.register("role")} error={errors.role} />
      <TextField label={t.password} type="password" autoComplete="new-password" hint={t.passwordHint} registration={form.register("password", { setValueAs: (v: string) => v || undefined })} error={errors.password} />
      <div className="md:col-span-2">
        <FormFooter submitting={form.formState.isSubmitting} message={message} submitLabel={t.add} submittingLabel={t.add} />
      </div>
    </form>
  );
}
