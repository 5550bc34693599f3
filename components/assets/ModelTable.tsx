import { DataTable } from "@/components/table/DataTable";
import type { AssetMessages } from "@/lib/assets/messages";
import { enabledAspects, type ClassificationModel } from "@/lib/classification/schema";

type Level = ClassificationModel["levels"][number];

/** The classification model read-only: each level's name and criteria per enabled aspect. */
export function ModelTable({ model, t, empty }: { model: ClassificationModel; t: AssetMessages; empty: string }) {
  return (
    <div className="grid gap-3">
      <DataTable
        caption={t.model.modelTitle}
        rows={model.levels}
        rowKey={(level) => String(level.value)}
        empty={empty}
        columns={[
          { key: "level", header: t.model.levelHeader, cell: (level: Level) => <strong>{`${level.value} ${level.name}`}</strong> },
          ...enabledAspects(model).map((aspect) => ({ key: aspect, header: t.aspects[aspect], cell: (level: Level) => level.criteria[aspect] })),
        ]}
      />
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-gray-900">{t.aspects.traceability}</dt>
        <dd className="text-gray-900">
          {model.traceabilityEnabled ? t.model.on : t.model.off}
          {model.traceabilityEnabled ? ` · ${model.traceabilityRequired ? t.model.required : t.model.notRequired}` : null}
        </dd>
        <dt className="font-medium text-gray-900">{t.model.reviewIntervalMonths}</dt>
        <dd className="text-gray-900">{t.model.months(model.reviewIntervalMonths)}</dd>
      </dl>
    </div>
  );
}
