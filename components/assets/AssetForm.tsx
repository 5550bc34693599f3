"use client";
import { FormLimits } from "@/components/form/FormLimits";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormFooter } from "@/components/form/FormFooter";
import { UserPicker } from "@/components/form/UserPicker";
import { RecordPicker } from "@/components/form/RecordPicker";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/form/fields";
import { assetMessages } from "@/lib/assets/messages";
import { canHold } from "@/lib/assets/rules";
import { ASSET_KINDS, assetCreateSchema, assetUpdateSchema, type AssetDetailView, type AssetOption } from "@/lib/assets/schema";
import { apiSave } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";

type Input = z.input<typeof assetCreateSchema> & { version?: number };
type Output = z.output<typeof assetCreateSchema> & { version?: number };

interface Props {
  units: { id: string; name: string }[];
  /** Editing when given; creating otherwise. */
  asset?: AssetDetailView;
  /** The owner a new asset starts with (an information owner registers their own). */
  defaultOwner?: { id: string; name: string } | null;
}

const orNull = (value: unknown) => (value ? String(value) : null);

/** Create or edit an asset's details (the levels are set in the guided classification form). */
export function AssetForm({ units, asset, defaultOwner }: Props) {
  const t = useMessages(assetMessages);
  const router = useRouter();
  const schema = asset ? assetUpdateSchema : assetCreateSchema;
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(schema as typeof assetCreateSchema),
    defaultValues: {
      name: asset?.name ?? "",
      description: asset?.description ?? "",
      kind: asset?.kind ?? "information",
      orgUnitId: asset?.orgUnitId ?? (units.length === 1 ? units[0].id : ""),
      ownerId: asset ? asset.ownerId : (defaultOwner?.id ?? null),
      personalData: asset?.personalData ?? false,
      sensitivePersonalData: asset?.sensitivePersonalData ?? false,
      legalRequirements: asset?.legalRequirements ?? "",
      holdsIds: asset?.holdsIds ?? [],
      ...(asset ? { version: asset.version } : {}),
    },
  });
  const errors = form.formState.errors;
  const kind = form.watch("kind");
  const holder = canHold(kind);

  const { message, submit } = useApiSubmit(form, { conflict: true });
  const onSubmit = submit(async (values) => {
    const body = { ...values, holdsIds: holder ? values.holdsIds : [] };
    const saved = await apiSave<AssetDetailView>("/api/v1/assets", asset?.id, body);
    router.push(`/tillgangar/${saved.id}`);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-3xl gap-4">
      <FormLimits schema={schema}>
      <TextField label={t.fields.name} required registration={form.register("name")} error={errors.name} />
      <TextAreaField label={t.fields.description} registration={form.register("description")} error={errors.description} />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          label={t.fields.kind}
          hint={t.form.kindHint}
          options={ASSET_KINDS.map((k) => ({ value: k, label: t.kinds[k] }))}
          registration={form.register("kind")}
          error={errors.kind}
        />
        <SelectField
          label={t.fields.orgUnit}
          required
          emptyLabel={t.form.chooseUnit}
          options={units.map((u) => ({ value: u.id, label: u.name }))}
          registration={form.register("orgUnitId")}
          error={errors.orgUnitId}
        />
      </div>
      <UserPicker
        legend={t.fields.owner}
        duty="asset_owner"
        initial={asset ? { id: asset.ownerId, name: asset.ownerName } : (defaultOwner ?? null)}
        onChange={(ownerId) => form.setValue("ownerId", ownerId, { shouldDirty: true })}
        error={errors.ownerId?.message}
      />
      <CheckboxField label={t.fields.personalData} registration={form.register("personalData")} />
      <CheckboxField label={t.fields.sensitivePersonalData} registration={form.register("sensitivePersonalData")} />
      <TextAreaField label={t.fields.legalRequirements} registration={form.register("legalRequirements")} error={errors.legalRequirements} />
      {holder ? (
        <div className="rounded-lg border border-gray-200 p-3">
          <RecordPicker<AssetOption>
            legend={t.form.holdsLegend}
            endpoint="/api/v1/assets/options?kind=information"
            multiple
            initial={asset?.holds ?? []}
            onChange={(next) => form.setValue("holdsIds", next.map((held) => held.id), { shouldDirty: true })}
            describe={(held) => (held.protectionLevel != null ? `(${t.fields.protectionLevel.toLowerCase()} ${held.protectionLevel})` : null)}
            error={errors.holdsIds?.message}
          />
        </div>
      ) : null}
      <FormFooter submitting={form.formState.isSubmitting} message={message} cancel />
      </FormLimits>
    </form>
  );
}
