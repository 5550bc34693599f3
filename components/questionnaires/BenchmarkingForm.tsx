"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormFooter } from "@/components/form/FormFooter";
import { CheckboxField } from "@/components/form/fields";
import { apiFetch } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { questionnaireMessages } from "@/lib/questionnaires/messages";
import { benchmarkingSettingsBodySchema, type BenchmarkingSettings } from "@/lib/questionnaires/settings-schema";
import type { Versioned } from "@/lib/settings/schema";

type Input = z.input<typeof benchmarkingSettingsBodySchema>;
type Output = z.output<typeof benchmarkingSettingsBodySchema>;

/** Opt in to anonymous benchmarking (PUT /api/v1/settings/benchmarking, same schema as the API). */
export function BenchmarkingForm({ settings }: { settings: Versioned<BenchmarkingSettings> }) {
  const t = useMessages(questionnaireMessages).bench;
  const router = useRouter();
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(benchmarkingSettingsBodySchema), defaultValues: settings });
  const { message, submit } = useApiSubmit(form, { conflict: true });
  const onSubmit = submit(async (values) => {
    const saved = await apiFetch<Versioned<BenchmarkingSettings>>("/api/v1/settings/benchmarking", { method: "PUT", body: values });
    form.reset(saved);
    router.refresh();
    return t.saved;
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-4">
      <CheckboxField label={t.share} registration={form.register("shareResults")} />
      <FormFooter submitting={form.formState.isSubmitting} message={message} />
    </form>
  );
}
