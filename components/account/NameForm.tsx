"use client";
import { FormLimits } from "@/components/form/FormLimits";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormFooter } from "@/components/form/FormFooter";
import { TextField } from "@/components/form/fields";
import { apiFetch } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { accountUpdateSchema } from "@/lib/me/account-schema";
import { accountMessages } from "@/lib/me/messages";

type Input = z.input<typeof accountUpdateSchema>;

export function NameForm({ name, version }: { name: string; version: number }) {
  const t = useMessages(accountMessages);
  const router = useRouter();
  const form = useForm<Input, unknown, z.output<typeof accountUpdateSchema>>({ resolver: zodResolver(accountUpdateSchema), defaultValues: { name, version } });
  const { message, submit } = useApiSubmit(form, { conflict: true });
  const onSubmit = submit(async (values) => {
    const saved = await apiFetch<{ name: string; version: number }>("/api/v1/me", { method: "PATCH", body: values });
    form.reset(saved);
    router.refresh();
    return t.nameSaved;
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-3">
      <FormLimits schema={accountUpdateSchema}>
      <TextField label={t.name} autoComplete="name" required registration={form.register("name")} error={form.formState.errors.name} />
      <FormFooter submitting={form.formState.isSubmitting} message={message} submitLabel={t.saveName} />
      </FormLimits>
    </form>
  );
}
