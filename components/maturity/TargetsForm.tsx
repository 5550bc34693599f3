"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormMessage, SelectField } from "@/components/form/fields";
import { Button } from "@/components/ui/Button";
import { apiFetch, applyServerErrors } from "@/lib/client/api";
import { useMessages } from "@/lib/i18n/client";
import { coreMessages } from "@/lib/i18n/messages";
import { maturityMessages } from "@/lib/maturity/messages";
import { MSB_LEVELS, PERSPECTIVE_KEYS } from "@/lib/maturity/msb-model";
import { maturitySettingsSchema, type MaturitySettings } from "@/lib/maturity/settings-schema";

type Input = z.input<typeof maturitySettingsSchema>;

const toLevel = (value: unknown) => (value === "" || value === null || value === undefined ? undefined : Number(value));

/** Target level per perspective (PUT /api/v1/settings/maturity, same schema as the API). */
export function TargetsForm({ settings }: { settings: MaturitySettings }) {
  const t = useMessages(maturityMessages);
  const common = useMessages(coreMessages).common;
  const router = useRouter();
  const [message, setMessage] = useState<{ text: string; tone: "error" | "success" } | null>(null);
  const form = useForm<Input, unknown, MaturitySettings>({ resolver: zodResolver(maturitySettingsSchema), defaultValues: settings });
  const options = MSB_LEVELS.map((level) => ({ value: String(level), label: t.levelN(level) }));

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    try {
      const saved = await apiFetch<MaturitySettings>("/api/v1/settings/maturity", { method: "PUT", body: values });
      form.reset(saved);
      setMessage({ text: t.targets.saved, tone: "success" });
      router.refresh();
    } catch (error) {
      setMessage({ text: applyServerErrors(error, form.setError, common.errorGeneric), tone: "error" });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-4">
      <div className="grid gap-4 sm:grid-cols-2">
        {PERSPECTIVE_KEYS.map((key) => (
          <SelectField
            key={key}
            label={t.perspectives[key]}
            emptyLabel={t.noTarget}
            options={options}
            registration={form.register(`targets.${key}`, { setValueAs: toLevel })}
            error={form.formState.errors.targets?.[key]}
          />
        ))}
      </div>
      <FormMessage message={message?.text} tone={message?.tone} />
      <div>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? common.saving : common.save}
        </Button>
      </div>
    </form>
  );
}
