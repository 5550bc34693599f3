"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { FormFooter } from "@/components/form/FormFooter";
import { RecordPicker } from "@/components/form/RecordPicker";
import { SelectField, TextAreaField, TextField } from "@/components/form/fields";
import type { RecordOption } from "@/lib/api/options";
import { apiSave } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { dateInputValue } from "@/lib/format";
import { useMessages } from "@/lib/i18n/client";
import { RISK_ANALYSIS_STATUSES, riskAnalysisCreateSchema, riskAnalysisUpdateSchema, type RiskAnalysisView } from "@/lib/risk-analyses/schema";
import { riskMessages } from "@/lib/risks/messages";
import { z } from "@/lib/validation/zod";

/** The API's schemas, with participants typed one per line in the form. */
const lines = z
  .string()
  .transform((text) => text.split("\n").map((line) => line.trim()).filter(Boolean))
  .pipe(riskAnalysisCreateSchema.shape.participants.unwrap());
const createForm = riskAnalysisCreateSchema.extend({ participants: lines });
const updateForm = riskAnalysisUpdateSchema.extend({ participants: lines });

type Input = z.input<typeof createForm> & { version?: number };
type Output = z.output<typeof createForm> & { version?: number };

const orNull = (value: unknown) => (value ? String(value) : null);

interface Props {
  orgUnits: { id: string; name: string }[];
  /** The assets the analysis covers, with names. */
  selectedAssets: RecordOption[];
  analysis?: RiskAnalysisView;
}

export function AnalysisForm({ orgUnits, selectedAssets, analysis }: Props) {
  const t = useMessages(riskMessages);
  const f = t.analyses.fields;
  const router = useRouter();
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver((analysis ? updateForm : createForm) as typeof createForm),
    defaultValues: {
      title: analysis?.title ?? "",
      scope: analysis?.scope ?? "",
      method: analysis?.method ?? "",
      orgUnitId: analysis?.orgUnitId ?? null,
      performedAt: dateInputValue(analysis?.performedAt),
      participants: analysis?.participants.join("\n") ?? "",
      status: analysis?.status ?? "ongoing",
      assetIds: selectedAssets.map((asset) => asset.id),
      ...(analysis ? { version: analysis.version } : {}),
    },
  });
  const errors = form.formState.errors;

  const { message, submit } = useApiSubmit(form, { conflict: true });
  const onSubmit = submit(async (values) => {
    const saved = await apiSave<RiskAnalysisView>("/api/v1/risk-analyses", analysis?.id, values);
    router.push(`/risker/analyser/${saved.id}`);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-3xl gap-4">
      <TextField label={f.title} required registration={form.register("title")} error={errors.title} />
      <TextAreaField label={f.scope} registration={form.register("scope")} error={errors.scope} />
      <TextAreaField label={f.method} rows={2} registration={form.register("method")} error={errors.method} />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label={f.orgUnit} emptyLabel={t.analyses.noOrgUnit} options={orgUnits.map((u) => ({ value: u.id, label: u.name }))} registration={form.register("orgUnitId", { setValueAs: orNull })} error={errors.orgUnitId} />
        <SelectField label={f.status} options={RISK_ANALYSIS_STATUSES.map((s) => ({ value: s, label: t.analyses.statuses[s] }))} registration={form.register("status")} error={errors.status} />
        <TextField label={f.performedAt} type="date" registration={form.register("performedAt")} error={errors.performedAt} />
      </div>
      <TextAreaField label={f.participants} rows={5} hint={f.participantsHint} registration={form.register("participants")} error={errors.participants} />
      <RecordPicker
        legend={f.assets}
        endpoint="/api/v1/assets/options"
        multiple
        initial={selectedAssets}
        onChange={(next) => form.setValue("assetIds", next.map((asset) => asset.id), { shouldDirty: true })}
        error={errors.assetIds?.message}
      />
      <FormFooter submitting={form.formState.isSubmitting} message={message} cancel />
    </form>
  );
}
