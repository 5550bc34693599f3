import { RecordPicker } from "@/components/form/RecordPicker";
import { FilterCheckbox, FilterForm, FilterSelect, FilterText } from "@/components/table/FilterForm";
import type { CoreMessages } from "@/lib/i18n/messages";
import type { IncidentMessages } from "@/lib/incidents/messages";
import type { Option } from "@/lib/incidents/page-data";
import { INCIDENT_STATUSES } from "@/lib/incidents/schema";
import type { IncidentCategory } from "@/lib/incidents/settings-schema";

interface Props {
  t: IncidentMessages;
  core: CoreMessages;
  params: Record<string, string>;
  options: { categories: IncidentCategory[]; orgUnits: Option[]; asset: Option[] };
}

/** The register's filters as a GET form: the URL holds the list state. */
export function IncidentFilters({ t, core, params, options }: Props) {
  const all = core.common.all;
  return (
    <FilterForm path="/incidenter" label={t.filterLabel}>
      <FilterText name="q" label={core.common.search} value={params.q} />
      <FilterSelect name="status" label={t.fields.status} value={params.status} allLabel={all} options={INCIDENT_STATUSES.map((s) => ({ value: s, label: t.status[s] }))} />
      <FilterSelect name="severity" label={t.fields.severity} value={params.severity} allLabel={all} options={[1, 2, 3, 4].map((s) => ({ value: String(s), label: t.severity[s] }))} />
      <FilterSelect name="category" label={t.fields.category} value={params.category} allLabel={all} options={options.categories.map((c) => ({ value: c.code, label: c.label }))} />
      <RecordPicker legend={t.fields.asset} endpoint="/api/v1/assets/options" name="assetId" initial={options.asset} />
      <FilterSelect name="orgUnitId" label={t.fields.orgUnit} value={params.orgUnitId} allLabel={all} options={options.orgUnits.map((o) => ({ value: o.id, label: o.name }))} />
      <FilterSelect name="foreseen" label={t.fields.foreseen} value={params.foreseen} allLabel={all} options={[{ value: "true", label: core.common.yes }, { value: "false", label: core.common.no }]} />
      <FilterText name="from" type="date" label={t.fields.from} value={params.from} />
      <FilterText name="to" type="date" label={t.fields.to} value={params.to} />
      <FilterCheckbox name="obligationOverdue" label={t.overdueOnly} checked={params.obligationOverdue === "true"} />
    </FilterForm>
  );
}
