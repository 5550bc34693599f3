"use client";
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
import { passwordChangeSchema } from "@/lib/me/account-schema";
import { accountMessages } from "@/lib/me/messages";
import { passwordSchema } from "@/lib/users/schema";

/**
 * The change ends every session of the account, this one too; the form signs in again with the
 * new password so the person stays signed in here.
 */
export function PasswordForm({ email }: { email: string }) {
  const t = useMessages(accountMessages);
  const router = useRouter();
  const schema = passwordChangeSchema
    .extend({ confirm: passwordSchema })
    .refine((values) => values.newPassword === values.confirm, { message: t.mismatch, path: ["confirm"] });
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { currentPassword: "", newPassword: "", confirm: "" } });
  const errors = form.formState.errors;
  const { message, submit } = useApiSubmit(form);
  const onSubmit = submit(async ({ currentPassword, newPassword }) => {
    await apiFetch("/api/v1/me/password", { body: { currentPassword, newPassword } });
    const result = await signIn("credentials", { email, password: newPassword, redirect: false });
    if (!result?.ok || result.error) {
      router.replace("/login");
      return;
    }
    form.reset({ currentPassword: "", newPassword: "", confirm: "" });
    router.refresh();
    return t.passwordChanged;
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-3">
      <TextField label={t.currentPassword} type="password" autoComplete="current-password" required registration={form.register("currentPassword")} error={errors.currentPassword} />
      <TextField label={t.newPassword} type="password" autoComplete="new-password" hint={t.newPasswordHint} required registration={form.register("newPassword")} error={errors.newPassword} />
      <TextField label={t.confirm} type="password" autoComplete="new-password" required registration={form.register("confirm")} error={errors.confirm} />
      <FormFooter submitting={form.formState.isSubmitting} message={message} submitLabel={t.changePassword} submittingLabel={t.changing} />
    </form>
  );
}
