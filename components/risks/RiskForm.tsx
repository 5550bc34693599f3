"use client";
import { FormLimits } from "@/components/form/FormLimits";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { FormFooter } from "@/components/form/FormFooter";
import { RecordPicker } from "@/components/form/RecordPicker";
import { UserPicker } from "@/components/form/UserPicker";
import { SelectField, TextAreaField, TextField } from "@/components/form/fields";
import type { RecordOption } from "@/lib/api/options";
import { apiFetch, apiSave } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { dateInputValue } from "@/lib/format";
import { useMessages } from "@/lib/i18n/client";
import { riskMessages } from "@/lib/risks/messages";
import { bandFor, bandRank } from "@/lib/risks/rules";
import { RISK_STATUSES, RISK_TREATMENTS, riskCreateSchema, riskUpdateSchema, type RiskBand, type RiskView } from "@/lib/risks/schema";
import type { RiskBands } from "@/lib/risks/settings-schema";
import { LevelPreview } from "./LevelPreview";
import { RiskStatement } from "./RiskStatement";

type Input = z.input<typeof riskCreateSchema> & { version?: number };
type Output = z.output<typeof riskCreateSchema> & { version?: number };

const toScale = (value: unknown) => (value === "" || value === null || value === undefined ? null : Number(value));
const orNull = (value: unknown) => (value ? String(value) : null);
const SCALE = [1, 2, 3, 4] as const;

interface Props {
  bands: RiskBands;
  /** The risk's assets (or the analysis's, when adding to one), with names. */
  selectedAssets: RecordOption[];
  /** Information owners propose risks on their own assets: the picker offers only those. */
  ownAssetsOnly?: boolean;
  analyses: { id: string; title: string }[];
  /** Editing when given; creating otherwise. */
  risk?: RiskView;
  /** Prefilled when adding a risk to an analysis. */
  defaults?: { analysisId?: string };
  returnTo?: string;
  hint?: string;
  /** The highest band the user may accept (lib/risks/rules.ts acceptanceLimit); above it, accepting becomes a proposal. */
  acceptLimit: RiskBand | null;
}

/** Create or edit a risk; the statement reads as a sentence and the level is previewed live. */
export function RiskForm({ bands, selectedAssets, ownAssetsOnly, analyses, risk, defaults, returnTo, hint, acceptLimit }: Props) {
  const t = useMessages(riskMessages);
  const router = useRouter();
  const schema = risk ? riskUpdateSchema : riskCreateSchema;
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(schema as typeof riskCreateSchema),
    defaultValues: {
      title: risk?.title ?? "",
      cause: risk?.cause ?? "",
      event: risk?.event ?? "",
      consequenceText: risk?.consequenceText ?? "",
      analysisId: risk ? risk.analysisId : (defaults?.analysisId ?? null),
      assetIds: selectedAssets.map((asset) => asset.id),
      identifiedAt: risk?.identifiedAt ?? "",
      likelihood: risk?.likelihood,
      consequence: risk?.consequence,
      ownerId: risk?.ownerId ?? null,
      treatment: risk?.treatment ?? null,
      residualLikelihood: risk?.residualLikelihood ?? null,
      residualConsequence: risk?.residualConsequence ?? null,
      acceptance: { motivation: "", decidedAt: "" },
      status: risk?.status,
      reviewDueAt: dateInputValue(risk?.reviewDueAt),
      ...(risk ? { version: risk.version } : {}),
    },
  });
  const { errors, dirtyFields } = form.formState;
  const [cause, event, consequenceText, likelihood, consequence, residualLikelihood, residualConsequence, treatment] = useWatch({
    control: form.control,
    name: ["cause", "event", "consequenceText", "likelihood", "consequence", "residualLikelihood", "residualConsequence", "treatment"],
  });
  // A new decision is asked for when accepting now, or when the server says the raised level needs one.
  const decides = treatment === "accept" && (risk?.treatment !== "accept" || !!errors.acceptance?.motivation);
  // Beyond the user's authority the decision is not theirs: saving sends it as a proposal instead of a refused decision.
  const band = likelihood && consequence ? bandFor(likelihood * consequence, bands) : null;
  const proposes = decides && !!band && (acceptLimit === null || bandRank(acceptLimit) < bandRank(band));

  const { message, submit } = useApiSubmit(form, { conflict: true });
  const onSubmit = submit(async (values) => {
    const body = { ...values, acceptance: decides ? values.acceptance : undefined, status: risk && dirtyFields.status ? values.status : undefined };
    let saved = await apiSave<RiskView>("/api/v1/risks", risk?.id, proposes ? { ...body, acceptance: undefined, treatment: risk ? undefined : null } : body);
    if (proposes) {
      const proposal = { motivation: values.acceptance?.motivation ?? "", version: saved.version };
      saved = await apiFetch<RiskView>(`/api/v1/risks/${saved.id}/acceptance-proposal`, { body: proposal });
    }
    router.push(returnTo ?? `/risker/${saved.id}`);
    router.refresh();
  });

  const scaleOptions = (names: Record<1 | 2 | 3 | 4, string>) => SCALE.map((n) => ({ value: String(n), label: `${n} – ${names[n]}` }));
  const scale = { setValueAs: toScale };
  const fieldset = "grid gap-4 rounded-lg border border-gray-200 p-4";
  const legend = "px-1 text-sm font-semibold text-gray-900";

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-3xl gap-5">
      <FormLimits schema={schema}>
      {hint ? <p className="text-sm text-gray-800">{hint}</p> : null}
      <TextField label={t.fields.title} required registration={form.register("title")} error={errors.title} />

      <fieldset className={fieldset}>
        <legend className={legend}>{t.fields.statement}</legend>
        <TextAreaField label={`${t.statement.cause} (${t.statement.causeHint})`} rows={2} registration={form.register("cause")} error={errors.cause} />
        <TextAreaField label={`${t.statement.event} (${t.statement.eventHint})`} rows={2} registration={form.register("event")} error={errors.event} />
        <TextAreaField label={`${t.statement.consequence} (${t.statement.consequenceHint})`} rows={2} registration={form.register("consequenceText")} error={errors.consequenceText} />
        <div className="rounded-md bg-gray-50 p-3">
          <p className="mb-1 text-xs font-medium text-gray-800">{t.statement.preview}</p>
          <RiskStatement cause={cause ?? null} event={event ?? null} consequence={consequenceText ?? null} t={t.statement} />
        </div>
      </fieldset>

      <fieldset className={fieldset}>
        <legend className={legend}>{t.detail.current}</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField label={t.fields.likelihood} required emptyLabel="–" options={scaleOptions(t.likelihoodNames)} registration={form.register("likelihood", scale)} error={errors.likelihood} />
          <SelectField label={t.fields.consequence} required emptyLabel="–" options={scaleOptions(t.consequenceNames)} registration={form.register("consequence", scale)} error={errors.consequence} />
          <LevelPreview label={t.levelPreview} likelihood={likelihood} consequence={consequence} bands={bands} testId="level-preview" />
        </div>
      </fieldset>

      <fieldset className={fieldset}>
        <legend className={legend}>{t.treatmentLegend}</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField
            label={t.fields.treatment}
            emptyLabel={t.noTreatment}
            options={RISK_TREATMENTS.map((x) => ({ value: x, label: t.treatments[x] }))}
            registration={form.register("treatment", { setValueAs: orNull })}
            error={errors.treatment}
          />
          <SelectField label={t.fields.residualLikelihood} emptyLabel={t.notSet} options={scaleOptions(t.likelihoodNames)} registration={form.register("residualLikelihood", scale)} error={errors.residualLikelihood} />
          <SelectField label={t.fields.residualConsequence} emptyLabel={t.notSet} options={scaleOptions(t.consequenceNames)} registration={form.register("residualConsequence", scale)} error={errors.residualConsequence} />
        </div>
        <LevelPreview label={t.residualPreview} likelihood={residualLikelihood} consequence={residualConsequence} bands={bands} hint={t.detail.residualHint} />
        {decides ? (
          <div className="grid gap-4 sm:grid-cols-3">
            {proposes ? (
              <p className="text-sm text-gray-800 sm:col-span-3" data-testid="acceptance-proposes">
                {t.acceptance.proposeOnSave(t.bands[band!])}
              </p>
            ) : null}
            <div className="sm:col-span-2">
              <TextAreaField label={t.acceptance.motivation} required maxLength={5000} hint={proposes ? t.acceptance.proposeHint : t.acceptance.motivationHint} registration={form.register("acceptance.motivation")} error={errors.acceptance?.motivation} />
            </div>
            {proposes ? null : <TextField label={t.acceptance.decidedAt} type="date" registration={form.register("acceptance.decidedAt")} error={errors.acceptance?.decidedAt} />}
          </div>
        ) : null}
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label={t.fields.analysis} emptyLabel={t.noAnalysis} options={analyses.map((a) => ({ value: a.id, label: a.title }))} registration={form.register("analysisId", { setValueAs: orNull })} error={errors.analysisId} />
        <div className="grid content-start gap-4">
          <TextField label={t.fields.identifiedAt} type="date" registration={form.register("identifiedAt")} error={errors.identifiedAt} />
          <TextField label={t.fields.reviewDueAt} type="date" registration={form.register("reviewDueAt")} error={errors.reviewDueAt} />
          {risk ? <SelectField label={t.fields.status} options={RISK_STATUSES.filter((s) => s !== "acceptance_proposed" || risk.status === s).map((s) => ({ value: s, label: t.statuses[s] }))} registration={form.register("status")} error={errors.status} /> : null}
        </div>
      </div>

      <UserPicker
        legend={t.fields.owner}
        duty="risk_owner"
        hint={t.ownerHint}
        initial={risk ? { id: risk.ownerId, name: risk.ownerName } : null}
        onChange={(ownerId) => form.setValue("ownerId", ownerId, { shouldDirty: true })}
        error={errors.ownerId?.message}
      />

      <RecordPicker
        legend={t.fields.assets}
        endpoint={ownAssetsOnly ? "/api/v1/assets/options?mine=true" : "/api/v1/assets/options"}
        multiple
        initial={selectedAssets}
        onChange={(next) => form.setValue("assetIds", next.map((asset) => asset.id), { shouldDirty: true })}
        error={errors.assetIds?.message}
      />

      <FormFooter submitting={form.formState.isSubmitting} message={message} cancel />
      </FormLimits>
    </form>
  );
}
