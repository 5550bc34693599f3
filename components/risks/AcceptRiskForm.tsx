"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormMessage, TextAreaField, TextField } from "@/components/form/fields";
import { Button } from "@/components/ui/Button";
import { apiFetch, ApiError, applyServerErrors } from "@/lib/client/api";
import { formatDate } from "@/lib/format";
import { useMessages } from "@/lib/i18n/client";
import { coreMessages } from "@/lib/i18n/messages";
import { riskMessages } from "@/lib/risks/messages";
import { riskAcceptSchema, type RiskView } from "@/lib/risks/schema";

type Input = z.input<typeof riskAcceptSchema>;
type Output = z.output<typeof riskAcceptSchema>;

/** The motivated decision to accept a risk as it stands; a 403 shows the server's "who may decide". */
export function AcceptRiskForm({ riskId, version }: { riskId: string; version: number }) {
  const t = useMessages(riskMessages);
  const common = useMessages(coreMessages).common;
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(riskAcceptSchema),
    defaultValues: { motivation: "", decidedAt: formatDate(new Date()), version },
  });
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    try {
      await apiFetch<RiskView>(`/api/v1/risks/${riskId}/accept`, { body: values });
      router.refresh();
    } catch (error) {
      setMessage(error instanceof ApiError && error.status === 409 ? common.conflict : applyServerErrors(error, form.setError, common.errorGeneric));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <TextAreaField label={t.acceptance.motivation} required rows={4} hint={t.acceptance.motivationHint} registration={form.register("motivation")} error={errors.motivation} />
      <div className="max-w-xs">
        <TextField label={t.acceptance.decidedAt} type="date" registration={form.register("decidedAt")} error={errors.decidedAt} />
      </div>
      <FormMessage message={message} />
      <div>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t.acceptance.submitting : t.acceptance.submit}
        </Button>
      </div>
    </form>
  );
}
