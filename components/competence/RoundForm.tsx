"use client";
import { FormLimits } from "@/components/form/FormLimits";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { FormFooter } from "@/components/form/FormFooter";
import { TextField } from "@/components/form/fields";
import { apiFetch } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { competenceMessages } from "@/lib/competence/messages";
import { roundCreateSchema } from "@/lib/competence/survey-schema";
import { useMessages } from "@/lib/i18n/client";
import type { z } from "@/lib/validation/zod";

type Input = z.input<typeof roundCreateSchema>;
type Output = z.output<typeof roundCreateSchema>;

const count = { valueAsNumber: true } as const;

/** One round of a phishing exercise: when it was sent, to how many, how many clicked and reported. */
export function RoundForm({ trainingId }: { trainingId: string }) {
  const t = useMessages(competenceMessages);
  const router = useRouter();
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(roundCreateSchema), defaultValues: { sentAt: new Date().toISOString().slice(0, 10), byUnit: [] } });
  const errors = form.formState.errors;
  const { message, submit } = useApiSubmit(form);
  const onSubmit = submit(async (values) => {
    await apiFetch(`/api/v1/trainings/${trainingId}/phishing-rounds`, { body: values });
    form.reset({ sentAt: values.sentAt.toISOString().slice(0, 10), byUnit: [] });
    router.refresh();
    return t.rounds.saved;
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3">
      <FormLimits schema={roundCreateSchema}>
      <div className="grid gap-4 sm:grid-cols-4">
        <TextField label={t.fields.sentAt} type="date" required registration={form.register("sentAt")} error={errors.sentAt} />
        <TextField label={t.fields.recipients} type="number" required registration={form.register("recipients", count)} error={errors.recipients} />
        <TextField label={t.rounds.clicked} type="number" required registration={form.register("clicked", count)} error={errors.clicked} />
        <TextField label={t.rounds.reported} type="number" required registration={form.register("reported", count)} error={errors.reported} />
      </div>
      <FormFooter submitting={form.formState.isSubmitting} message={message} />
      </FormLimits>
    </form>
  );
}
