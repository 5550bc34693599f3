"use client";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { FormFooter } from "@/components/form/FormFooter";
import { SelectField, TextAreaField } from "@/components/form/fields";
import { apiFetch } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { managementReviewMessages } from "@/lib/management-reviews/messages";
import { JUDGEMENTS, type Conclusion } from "@/lib/management-reviews/schema";

type Values = Required<Pick<Conclusion, "suitability" | "adequacy" | "effectiveness">> & { comment: string };

/** Management's judgement and the sign-off that closes the review (read-only afterwards). */
export function ConclusionForm({ reviewId, version, initial }: { reviewId: string; version: number; initial: Conclusion | null }) {
  const t = useMessages(managementReviewMessages);
  const router = useRouter();
  const form = useForm<Values>({
    defaultValues: { suitability: initial?.suitability ?? "yes", adequacy: initial?.adequacy ?? "yes", effectiveness: initial?.effectiveness ?? "yes", comment: initial?.comment ?? "" },
  });
  const { message, submit } = useApiSubmit(form, { conflict: true });
  const options = JUDGEMENTS.map((value) => ({ value, label: t.judgements[value] }));
  const onSubmit = submit(async (conclusion) => {
    await apiFetch(`/api/v1/management-reviews/${reviewId}`, { method: "PATCH", body: { conclusion, signOff: true, version } });
    router.refresh();
    return t.signedOff;
  });
  return (
    <form onSubmit={onSubmit} noValidate className="no-print grid max-w-2xl gap-4">
      <SelectField label={t.suitability} options={options} registration={form.register("suitability")} />
      <SelectField label={t.adequacy} options={options} registration={form.register("adequacy")} />
      <SelectField label={t.effectiveness} options={options} registration={form.register("effectiveness")} />
      <TextAreaField label={t.conclusionComment} maxLength={10_000} registration={form.register("comment")} />
      <FormFooter submitting={form.formState.isSubmitting} message={message} submitLabel={t.signOff} />
    </form>
  );
}
