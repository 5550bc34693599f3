import Link from "next/link";
import { DataTable, type Column } from "@/components/table/DataTable";
import { Badge, type Tone } from "@/components/ui/Badge";
import type { AssetMessages } from "@/lib/assets/messages";
import { REQUIREMENT_STATUSES, type AssetRequirementView, type RequirementStatus } from "@/lib/assets/requirements-schema";
import { levelLabel, type ClassificationModel } from "@/lib/classification/schema";
import { noteField, statusField } from "./requirement-status-fields";
import { RequirementStatusesForm } from "./RequirementStatusesForm";

export const STATUS_TONES: Record<RequirementStatus, Tone> = { met: "green", partly: "yellow", not_met: "red" };

interface Props {
  asset: { id: string; name: string };
  requirements: AssetRequirementView[];
  model: ClassificationModel;
  editable: boolean;
  /** Whether the user may create actions (a gap becomes an action linked to the asset). */
  createsActions: boolean;
  t: AssetMessages;
  empty: string;
}

/** The security requirements the asset's levels trigger, with status; a gap can become an action. */
export function RequirementsSection({ asset, requirements, model, editable, createsActions, t, empty }: Props) {
  const path = `/tillgangar/${asset.id}`;
  const formId = `requirement-statuses-${asset.id}`;
  const actionHref = (r: AssetRequirementView) =>
    `/atgarder/ny?${new URLSearchParams({ sourceType: "asset", sourceId: asset.id, returnTo: path, title: t.requirement.actionTitle(r.code, r.title, asset.name) })}`;
  const columns: Column<AssetRequirementView>[] = [
    { key: "code", header: t.requirement.code, className: "whitespace-nowrap", cell: (r) => <span className="whitespace-nowrap font-mono">{r.code}</span> },
    {
      key: "title",
      header: t.requirement.title,
      cell: (r) => (
        <>
          <span className="font-medium">{r.title}</span>
          {r.description ? <p className="mt-1 text-xs text-gray-800">{r.description}</p> : null}
          <p className="mt-1 text-xs text-gray-800">
            {t.categories[r.category]} · {t.catalogue.appliesFrom(t.aspects[r.aspect], levelLabel(model, r.minLevel) ?? String(r.minLevel))}
          </p>
        </>
      ),
    },
    {
      key: "status",
      header: t.requirement.status,
      cell: (r) =>
        editable ? (
          <StatusFields formId={formId} requirement={r} t={t} />
        ) : (
          <>
            <Badge tone={STATUS_TONES[r.status]}>{t.statuses[r.status]}</Badge>
            {r.note ? <p className="mt-1 text-xs text-gray-800">{r.note}</p> : null}
          </>
        ),
    },
    ...(createsActions
      ? [
          {
            key: "action",
            header: t.detail.actions,
            cell: (r: AssetRequirementView) =>
              r.status === "met" ? null : (
                <Link className="whitespace-nowrap text-blue-800 underline" href={actionHref(r)} aria-label={t.requirement.createActionFor(r.code)}>
                  {t.requirement.createAction}
                </Link>
              ),
          },
        ]
      : []),
  ];
  return (
    <div data-testid="asset-requirements">
      <DataTable caption={t.requirement.caption} columns={columns} rows={requirements} rowKey={(r) => r.id} empty={empty} />
      {editable && requirements.length > 0 ? <RequirementStatusesForm formId={formId} assetId={asset.id} requirementIds={requirements.map((r) => r.id)} /> : null}
    </div>
  );
}

const control = "block w-full rounded-md border border-gray-400 bg-white px-2 py-1.5 text-sm text-gray-900 placeholder:text-gray-600";

/** A row's status and comment, sent by the section's one form (tied by the `form` attribute). */
function StatusFields({ formId, requirement, t }: { formId: string; requirement: AssetRequirementView; t: AssetMessages }) {
  const id = `${formId}-${requirement.id}`;
  return (
    <div className="grid min-w-40 gap-1">
      <label htmlFor={`${id}-status`} className="sr-only">
        {t.requirement.statusFor(requirement.code)}
      </label>
      <select id={`${id}-status`} name={statusField(requirement.id)} form={formId} defaultValue={requirement.status} className={control}>
        {REQUIREMENT_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t.statuses[s]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-note`} className="sr-only">
        {t.requirement.noteFor(requirement.code)}
      </label>
      <input id={`${id}-note`} name={noteField(requirement.id)} form={formId} defaultValue={requirement.note ?? ""} placeholder={t.requirement.note} maxLength={2000} className={control} />
    </div>
  );
}
