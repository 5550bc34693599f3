"use client";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { FormFooter } from "@/components/form/FormFooter";
import { TextAreaField, TextField } from "@/components/form/fields";
import { apiFetch } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { managementReviewMessages } from "@/lib/management-reviews/messages";

interface Values {
  title: string;
  periodFrom: string;
  periodTo: string;
  participants: string;
}

/** A new review for a period; the server validates (participants are one per line here). */
export function ReviewCreateForm({ defaults }: { defaults: Omit<Values, "participants"> }) {
  const t = useMessages(managementReviewMessages);
  const router = useRouter();
  const form = useForm<Values>({ defaultValues: { ...defaults, participants: "" } });
  const { message, submit } = useApiSubmit(form);
  const errors = form.formState.errors;
  const onSubmit = submit(async (values) => {
    const participants = values.participants.split("\n").map((line) => line.trim()).filter(Boolean);
    const created = await apiFetch<{ id: string }>("/api/v1/management-reviews", { body: { ...values, participants } });
    router.push(`/ledningens-genomgang/${created.id}`);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-4">
      <TextField label={t.fields.title} required maxLength={200} registration={form.register("title")} error={errors.title} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t.fields.periodFrom} type="date" required registration={form.register("periodFrom")} error={errors.periodFrom} />
        <TextField label={t.fields.periodTo} type="date" required registration={form.register("periodTo")} error={errors.periodTo} />
      </div>
      <TextAreaField label={t.fields.participants} hint={t.fields.participantsHint} registration={form.register("participants")} error={errors.participants} />
      <FormFooter submitting={form.formState.isSubmitting} message={message} submitLabel={t.create} cancel />
    </form>
  );
}
