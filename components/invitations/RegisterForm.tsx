"use client";
import { FormLimits } from "@/components/form/FormLimits";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormFooter } from "@/components/form/FormFooter";
import { TextField } from "@/components/form/fields";
import { apiFetch } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { invitationMessages } from "@/lib/invitations/messages";
import { invitationRegisterSchema, type AcceptedInvitationView } from "@/lib/invitations/schema";
import { passwordSchema } from "@/lib/users/schema";

/** A person without an account accepts by creating one, then is signed in with it. */
export function RegisterForm({ token, name }: { token: string; name: string }) {
  const t = useMessages(invitationMessages);
  const router = useRouter();
  const schema = invitationRegisterSchema
    .omit({ token: true })
    .extend({ confirm: passwordSchema })
    .refine((values) => values.password === values.confirm, { message: t.mismatch, path: ["confirm"] });
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { name, password: "", confirm: "" } });
  const errors = form.formState.errors;
  const { message, submit } = useApiSubmit(form);
  const onSubmit = submit(async ({ name: chosen, password }) => {
    const created = await apiFetch<AcceptedInvitationView & { email: string }>("/api/v1/invitations/register", { body: { token, name: chosen, password } });
    const result = await signIn("credentials", { email: created.email, password, redirect: false });
    router.replace(result?.ok && !result.error ? "/" : "/login");
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormLimits schema={schema}>
      <TextField label={t.name} autoComplete="name" required registration={form.register("name")} error={errors.name} />
      <TextField label={t.password} type="password" autoComplete="new-password" hint={t.passwordHint} required registration={form.register("password")} error={errors.password} />
      <TextField label={t.confirm} type="password" autoComplete="new-password" required registration={form.register("confirm")} error={errors.confirm} />
      <FormFooter submitting={form.formState.isSubmitting} message={message} submitLabel={t.create} submittingLabel={t.creating} submitClassName="w-full" />
      </FormLimits>
    </form>
  );
}
