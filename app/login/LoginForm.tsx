"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormMessage, TextField } from "@/components/form/fields";
import { Button } from "@/components/ui/Button";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { useMessages } from "@/lib/i18n/client";
import { coreMessages } from "@/lib/i18n/messages";
import { z } from "@/lib/validation/zod";

const loginSchema = z.object({ email: z.email(), password: z.string().min(1) });
type LoginInput = z.infer<typeof loginSchema>;

export function LoginForm({ oidc }: { oidc: boolean }) {
  const t = useMessages(coreMessages);
  const router = useRouter();
  const searchParams = useSearchParams();
  // Read when used (in the browser), never followed to another site.
  const callbackUrl = () => safeCallbackUrl(searchParams.get("callbackUrl"), window.location.origin);
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<LoginInput>({ resolver: zodResolver(loginSchema) });

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (result?.ok && !result.error) {
      router.replace(callbackUrl());
      router.refresh();
      return;
    }
    setMessage(result?.status === 429 ? t.login.throttled : t.login.wrong);
  });

  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <TextField label={t.login.email} type="email" autoComplete="username" required registration={form.register("email")} error={form.formState.errors.email} />
        <TextField label={t.login.password} type="password" autoComplete="current-password" required registration={form.register("password")} error={form.formState.errors.password} />
        <FormMessage message={message} />
        <Button type="submit" className="w-full" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t.login.submitting : t.login.submit}
        </Button>
      </form>
      {oidc ? (
        <>
          <p className="text-center text-sm text-gray-700">{t.login.or}</p>
          <Button variant="secondary" className="w-full" onClick={() => signIn("oidc", { callbackUrl: callbackUrl() })}>
            {t.login.oidc}
          </Button>
        </>
      ) : null}
    </div>
  );
}
