"use client";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { FormFooter } from "@/components/form/FormFooter";
import { TextAreaField } from "@/components/form/fields";
import { apiFetch } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { managementReviewMessages } from "@/lib/management-reviews/messages";
import type { SectionKey } from "@/lib/management-reviews/schema";

/** Management's comment on one section, saved on its own (version-checked). */
export function SectionComment({ reviewId, section, value, version }: { reviewId: string; section: SectionKey; value: string | null; version: number }) {
  const t = useMessages(managementReviewMessages);
  const router = useRouter();
  const form = useForm<{ comment: string }>({ defaultValues: { comment: value ?? "" } });
  const { message, submit } = useApiSubmit(form, { conflict: true });
  const onSubmit = submit(async ({ comment }) => {
    await apiFetch(`/api/v1/management-reviews/${reviewId}`, { method: "PATCH", body: { comments: { [section]: comment }, version } });
    router.refresh();
    return t.saved;
  });
  return (
    <form onSubmit={onSubmit} noValidate className="no-print mt-3 grid gap-2">
      <TextAreaField label={`${t.fields.comment} (${section})`} maxLength={10_000} registration={form.register("comment")} error={form.formState.errors.comment} />
      <FormFooter submitting={form.formState.isSubmitting} message={message} submitLabel={t.save} />
    </form>
  );
}
