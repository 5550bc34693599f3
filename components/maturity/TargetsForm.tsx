"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormFooter } from "@/components/form/FormFooter";
import { SelectField } from "@/components/form/fields";
import { apiFetch } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { maturityMessages } from "@/lib/maturity/messages";
import { MSB_LEVELS, PERSPECTIVE_KEYS } from "@/lib/maturity/msb-model";
import { maturitySettingsBodySchema, type MaturitySettings } from "@/lib/maturity/settings-schema";
import type { Versioned } from "@/lib/settings/schema";

type Input = z.input<typeof maturitySettingsBodySchema>;
type Output = z.output<typeof maturitySettingsBodySchema>;

const toLevel = (value: unknown) => (value === "" || value === null || value === undefined ? undefined : Number(value));

/** Target level per perspective (PUT /api/v1/settings/maturity, same schema as the API). */
export function TargetsForm({ settings }: { settings: Versioned<MaturitySettings> }) {
  const t = useMessages(maturityMessages);
  const router = useRouter();
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(maturitySettingsBodySchema), defaultValues: settings });
  const options = MSB_LEVELS.map((level) => ({ value: String(level), label: t.levelN(level) }));

  const { message, submit } = useApiSubmit(form, { conflict: true });
  const onSubmit = submit(async (values) => {
    const saved = await apiFetch<Versioned<MaturitySettings>>("/api/v1/settings/maturity", { method: "PUT", body: values });
    form.reset(saved);
    router.refresh();
    return t.targets.saved;
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
      <FormFooter submitting={form.formState.isSubmitting} message={message} />
    </form>
  );
}
