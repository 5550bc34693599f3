"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import type { z } from "zod";
import { CheckboxField, FormMessage, SelectField, TextAreaField, TextField } from "@/components/form/fields";
import { Button } from "@/components/ui/Button";
import { assetMessages } from "@/lib/assets/messages";
import { ASSET_KINDS, assetCreateSchema, assetUpdateSchema, type AssetDetailView } from "@/lib/assets/schema";
import { ApiError, apiFetch, applyServerErrors } from "@/lib/client/api";
import { useMessages } from "@/lib/i18n/client";
import { coreMessages } from "@/lib/i18n/messages";
import { HoldsPicker, type HoldOption } from "./HoldsPicker";

type Input = z.input<typeof assetCreateSchema> & { version?: number };
type Output = z.output<typeof assetCreateSchema> & { version?: number };

interface Props {
  units: { id: string; name: string }[];
  users: { id: string; name: string }[];
  information: HoldOption[];
  /** Editing when given; creating otherwise. */
  asset?: AssetDetailView;
  /** The owner a new asset starts with (an information owner registers their own). */
  defaultOwnerId?: string;
}

const orNull = (value: unknown) => (value ? String(value) : null);

/** Create or edit an asset's details (the levels are set in the guided classification form). */
export function AssetForm({ units, users, information, asset, defaultOwnerId }: Props) {
  const t = useMessages(assetMessages);
  const common = useMessages(coreMessages).common;
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const schema = asset ? assetUpdateSchema : assetCreateSchema;
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(schema as typeof assetCreateSchema),
    defaultValues: {
      name: asset?.name ?? "",
      description: asset?.description ?? "",
      kind: asset?.kind ?? "information",
      orgUnitId: asset?.orgUnitId ?? (units.length === 1 ? units[0].id : ""),
      ownerId: asset ? asset.ownerId : (defaultOwnerId ?? null),
      personalData: asset?.personalData ?? false,
      sensitivePersonalData: asset?.sensitivePersonalData ?? false,
      legalRequirements: asset?.legalRequirements ?? "",
      holdsIds: asset?.holdsIds ?? [],
      ...(asset ? { version: asset.version } : {}),
    },
  });
  const errors = form.formState.errors;
  const kind = form.watch("kind");
  const holder = kind === "system" || kind === "service";

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const body = { ...values, holdsIds: holder ? values.holdsIds : [] };
    try {
      const saved = asset
        ? await apiFetch<AssetDetailView>(`/api/v1/assets/${asset.id}`, { method: "PATCH", body })
        : await apiFetch<AssetDetailView>("/api/v1/assets", { body });
      router.push(`/tillgangar/${saved.id}`);
      router.refresh();
    } catch (error) {
      setMessage(error instanceof ApiError && error.status === 409 ? common.conflict : applyServerErrors(error, form.setError, common.errorGeneric));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-3xl gap-4">
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
        <SelectField
          label={t.fields.owner}
          emptyLabel={t.noOwner}
          options={users.map((u) => ({ value: u.id, label: u.name }))}
          registration={form.register("ownerId", { setValueAs: orNull })}
          error={errors.ownerId}
        />
      </div>
      <CheckboxField label={t.fields.personalData} registration={form.register("personalData")} />
      <CheckboxField label={t.fields.sensitivePersonalData} registration={form.register("sensitivePersonalData")} />
      <TextAreaField label={t.fields.legalRequirements} registration={form.register("legalRequirements")} error={errors.legalRequirements} />
      {holder ? (
        <Controller
          control={form.control}
          name="holdsIds"
          render={({ field }) => (
            <HoldsPicker options={information.filter((o) => o.id !== asset?.id)} value={field.value ?? []} onChange={field.onChange} error={errors.holdsIds?.message} />
          )}
        />
      ) : null}
      <FormMessage message={message} />
      <div className="flex gap-2">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? common.saving : common.save}
        </Button>
        <Button variant="secondary" onClick={() => router.back()}>
          {common.cancel}
        </Button>
      </div>
    </form>
  );
}
