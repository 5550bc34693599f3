"use client";
import { useForm } from "react-hook-form";
import { FormFooter } from "@/components/form/FormFooter";
import { SelectField } from "@/components/form/fields";
import { apiFetch } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { workMessages } from "@/lib/work/messages";
import { FREQUENCIES, type Frequency, type PreferenceView } from "@/lib/work/schema";
import type { WorkKind } from "@/lib/work/types";

type Values = Record<WorkKind, Frequency>;

/** The reminder setting per kind of due work (Mitt konto); "off" is not offered where the server refuses it. */
export function NotificationPreferencesForm({ preferences }: { preferences: PreferenceView[] }) {
  const t = useMessages(workMessages);
  const form = useForm<Values>({ defaultValues: Object.fromEntries(preferences.map((p) => [p.kind, p.frequency])) as Values });
  const { message, submit } = useApiSubmit(form);
  const onSubmit = submit(async (values) => {
    const items = preferences.map((p) => ({ kind: p.kind, frequency: values[p.kind] }));
    await apiFetch("/api/v1/me/notification-preferences", { method: "PUT", body: { items } });
    return t.preferences.saved;
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-3">
      <p className="text-sm text-gray-700">{t.preferences.description}</p>
      <div className="grid gap-3 sm:grid-cols-2">
        {preferences.map((p) => (
          <SelectField
            key={p.kind}
            label={t.kinds[p.kind]}
            hint={p.required ? t.preferences.required : undefined}
            registration={form.register(p.kind)}
            options={FREQUENCIES.filter((f) => !(p.required && f === "off")).map((f) => ({ value: f, label: t.preferences.frequency[f] }))}
          />
        ))}
      </div>
      <FormFooter submitting={form.formState.isSubmitting} message={message} submitLabel={t.preferences.save} />
    </form>
  );
}
