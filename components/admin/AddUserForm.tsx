"use client";
import { FormLimits } from "@/components/form/FormLimits";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
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
import type { CreatedInvitationView } from "@/lib/invitations/schema";
import { userCreateSchema, type UserView } from "@/lib/users/schema";
import { InvitationLink } from "./InvitationLink";

type Input = z.input<typeof userCreateSchema>;

/**
 * "Add user": an invitation whose link the admin hands over; with the operator's direct-membership
 * setting (one organisation per installation) the account is created at once with a start password.
 */
export function AddUserForm({ direct }: { direct: boolean }) {
  const t = useMessages(adminMessages).users;
  const core = useMessages(coreMessages);
  const router = useRouter();
  const [invitation, setInvitation] = useState<CreatedInvitationView | null>(null);
  const form = useForm<Input, unknown, z.output<typeof userCreateSchema>>({ resolver: zodResolver(userCreateSchema), defaultValues: { role: "reporter" } });
  const errors = form.formState.errors;
  const { message, submit } = useApiSubmit(form);
  const onSubmit = submit(async (values) => {
    setInvitation(null);
    const created = await apiFetch<CreatedInvitationView | UserView>("/api/v1/users", { body: { ...values, password: direct ? values.password || undefined : undefined } });
    if ("acceptUrl" in created) setInvitation(created);
    form.reset({ email: "", name: "", password: "", role: "reporter" });
    router.refresh();
  });
  return (
    <div className="space-y-4">
      {direct ? null : <p className="text-sm text-gray-700">{t.inviteHint}</p>}
      <form onSubmit={onSubmit} noValidate className="grid gap-3 md:grid-cols-2">
        <FormLimits schema={userCreateSchema}>
        <TextField label={t.name} required registration={form.register("name")} error={errors.name} />
        <TextField label={t.email} type="email" required registration={form.register("email")} error={errors.email} />
        <SelectField label={t.role} options={ROLES.map((role) => ({ value: role, label: core.roles[role] }))} registration={form.register("role")} error={errors.role} />
        {direct ? (
          <TextField label={t.password} type="password" autoComplete="new-password" hint={t.passwordHint} registration={form.register("password", { setValueAs: (v: string) => v || undefined })} error={errors.password} />
        ) : null}
        <div className="md:col-span-2">
          <FormFooter submitting={form.formState.isSubmitting} message={message} submitLabel={direct ? t.add : t.invite} submittingLabel={direct ? t.add : t.invite} />
        </div>
        </FormLimits>
      </form>
      {invitation ? <InvitationLink invitation={invitation} /> : null}
    </div>
  );
}
