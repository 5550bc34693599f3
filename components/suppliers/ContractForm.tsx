"use client";
import { FormLimits } from "@/components/form/FormLimits";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { FormFooter } from "@/components/form/FormFooter";
import { RecordPicker } from "@/components/form/RecordPicker";
import { UserPicker } from "@/components/form/UserPicker";
import { CheckboxField, SelectField, TextField } from "@/components/form/fields";
import type { RecordOption } from "@/lib/api/options";
import { apiSave } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { CONTRACT_STATUSES, PROCUREMENT_STEPS, contractCreateSchema, contractUpdateSchema, type ContractCreate, type ContractFormValues, type ContractView } from "@/lib/contracts/schema";
import { dateInputValue } from "@/lib/format";
import { useMessages } from "@/lib/i18n/client";
import { supplierMessages } from "@/lib/suppliers/messages";

type Input = ContractFormValues & { version?: number };
type Output = ContractCreate & { version?: number };

const toCount = (value: unknown) => (value === "" || value === null || value === undefined ? null : Number(value));

interface Props {
  contract?: ContractView;
  /** The supplier chosen when the form opens (from the supplier's page, or the contract's). */
  supplier?: RecordOption;
  assets: RecordOption[];
  orgUnits: RecordOption[];
}

/** Create or edit a contract: the assets decide its level and requirements; the agreements close its gaps. */
export function ContractForm({ contract, supplier, assets, orgUnits }: Props) {
  const t = useMessages(supplierMessages);
  const router = useRouter();
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver((contract ? contractUpdateSchema : contractCreateSchema) as typeof contractCreateSchema),
    defaultValues: {
      supplierId: supplier?.id ?? "",
      title: contract?.title ?? "",
      reference: contract?.reference ?? "",
      status: contract?.status ?? "active",
      startsAt: dateInputValue(contract?.startsAt),
      endsAt: dateInputValue(contract?.endsAt),
      noticeMonths: contract?.noticeMonths ?? null,
      autoRenewal: contract?.autoRenewal ?? false,
      ownerId: contract?.ownerId ?? null,
      orgUnitId: contract?.orgUnitId ?? null,
      assetIds: assets.map((asset) => asset.id),
      dpa: { signedAt: dateInputValue(contract?.dpa?.signedAt), reference: contract?.dpa?.reference ?? "" },
      securityProtectionAgreement: { signedAt: dateInputValue(contract?.securityProtectionAgreement?.signedAt), reference: contract?.securityProtectionAgreement?.reference ?? "" },
      thirdCountryBasis: contract?.thirdCountryBasis ?? "",
      // Every MSB step, each saying whether information security took part (the stored one, or not yet).
      procurementSteps: PROCUREMENT_STEPS.map((step) => {
        const stored = contract?.procurementSteps.find((item) => item.step === step);
        return { step, involved: stored?.involved ?? false, who: stored?.who ?? "", at: dateInputValue(stored?.at), note: stored?.note ?? "" };
      }),
      ...(contract ? { version: contract.version } : {}),
    },
  });
  const { errors } = form.formState;
  const { message, submit } = useApiSubmit(form, { conflict: true });
  const onSubmit = submit(async (values) => {
    const saved = await apiSave<ContractView>("/api/v1/contracts", contract?.id, values);
    router.push(`/leverantorer/avtal/${saved.id}`);
    router.refresh();
  });
  const fieldset = "grid gap-4 rounded-lg border border-gray-200 p-4 sm:grid-cols-2";
  const legend = "px-1 text-sm font-semibold text-gray-900";

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-3xl gap-5">
      <FormLimits schema={contract ? contractUpdateSchema : contractCreateSchema}>
      <RecordPicker
        legend={t.fields.supplier}
        endpoint="/api/v1/suppliers/options"
        initial={supplier ? [supplier] : []}
        onChange={(next) => form.setValue("supplierId", next[0]?.id ?? "", { shouldDirty: true })}
        error={errors.supplierId?.message}
      />
      <TextField label={t.fields.contractTitle} required maxLength={200} registration={form.register("title")} error={errors.title} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t.fields.reference} registration={form.register("reference")} error={errors.reference} />
        <SelectField label={t.fields.status} options={CONTRACT_STATUSES.map((s) => ({ value: s, label: t.contractStatuses[s] }))} registration={form.register("status")} error={errors.status} />
        <TextField label={t.fields.startsAt} type="date" registration={form.register("startsAt")} error={errors.startsAt} />
        <TextField label={t.fields.endsAt} type="date" registration={form.register("endsAt")} error={errors.endsAt} />
        <TextField label={t.fields.noticeMonths} type="number" inputMode="numeric" registration={form.register("noticeMonths", { setValueAs: toCount })} error={errors.noticeMonths} />
        <SelectField label={t.fields.orgUnit} emptyLabel={t.notSet} options={orgUnits.map((unit) => ({ value: unit.id, label: unit.name }))} registration={form.register("orgUnitId", { setValueAs: (value: unknown) => (value ? String(value) : null) })} error={errors.orgUnitId} />
        <CheckboxField label={t.fields.autoRenewal} registration={form.register("autoRenewal")} />
      </div>
      <UserPicker
        legend={t.fields.contractOwner}
        duty="action_owner"
        initial={contract ? { id: contract.ownerId, name: contract.ownerName } : null}
        onChange={(ownerId) => form.setValue("ownerId", ownerId, { shouldDirty: true })}
        error={errors.ownerId?.message}
      />
      <RecordPicker
        legend={t.fields.assets}
        endpoint="/api/v1/assets/options"
        multiple
        initial={assets}
        onChange={(next) => form.setValue("assetIds", next.map((asset) => asset.id), { shouldDirty: true })}
        error={errors.assetIds?.message}
      />
      <fieldset className={fieldset}>
        <legend className={legend}>{t.detail.agreements}</legend>
        <TextField label={t.fields.dpaSignedAt} type="date" registration={form.register("dpa.signedAt")} error={errors.dpa?.signedAt} />
        <TextField label={t.fields.dpaReference} registration={form.register("dpa.reference")} error={errors.dpa?.reference} />
        <TextField label={t.fields.spaSignedAt} type="date" registration={form.register("securityProtectionAgreement.signedAt")} error={errors.securityProtectionAgreement?.signedAt} />
        <TextField label={t.fields.spaReference} registration={form.register("securityProtectionAgreement.reference")} error={errors.securityProtectionAgreement?.reference} />
        <TextField label={t.fields.thirdCountryBasis} registration={form.register("thirdCountryBasis")} error={errors.thirdCountryBasis} />
      </fieldset>
      <fieldset className="grid gap-3 rounded-lg border border-gray-200 p-4">
        <legend className={legend}>{t.fields.procurementSteps}</legend>
        <p className="text-sm text-gray-800">{t.fields.procurementStepsHint}</p>
        {PROCUREMENT_STEPS.map((step, index) => (
          <div key={step} className="grid gap-3 border-t border-gray-100 pt-3 sm:grid-cols-3">
            <CheckboxField label={`${t.steps[step]}: ${t.fields.securityInvolved}`} registration={form.register(`procurementSteps.${index}.involved`)} />
            <TextField label={`${t.steps[step]}: ${t.fields.stepWho}`} registration={form.register(`procurementSteps.${index}.who`)} error={errors.procurementSteps?.[index]?.who} />
            <TextField label={`${t.steps[step]}: ${t.fields.stepAt}`} type="date" registration={form.register(`procurementSteps.${index}.at`)} error={errors.procurementSteps?.[index]?.at} />
          </div>
        ))}
      </fieldset>
      <FormFooter submitting={form.formState.isSubmitting} message={message} cancel />
      </FormLimits>
    </form>
  );
}
