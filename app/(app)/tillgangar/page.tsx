import { AssetTable } from "@/components/assets/AssetTable";
import { FilterCheckbox, FilterForm, FilterSelect, FilterText } from "@/components/table/FilterForm";
import { Pagination } from "@/components/table/Pagination";
import { ButtonLink, buttonClass } from "@/components/ui/Button";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { assetMessages } from "@/lib/assets/messages";
import { listAssets } from "@/lib/assets/queries";
import { ASSET_KINDS, assetListQuerySchema } from "@/lib/assets/schema";
import { pagePrincipal } from "@/lib/auth/page";
import { orgUnitOptions } from "@/lib/org-units/queries";
import { can } from "@/lib/authz/authorize";
import { levelLabel } from "@/lib/classification/schema";
import { classificationSettings } from "@/lib/classification/settings";
import { coreMessages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { hrefWith, parseListParams, plainParams, type SearchParams } from "@/lib/page/search-params";
import { userOptions } from "@/lib/users/queries";

export default async function AssetsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const principal = await pagePrincipal();
  if (!can(principal, "assets.read")) return <Forbidden />;
  const raw = await searchParams;
  const query = parseListParams(assetListQuerySchema, raw);
  const [t, core, result, model, units, users] = await Promise.all([
    getMessages(assetMessages),
    getMessages(coreMessages),
    listAssets(principal, query),
    classificationSettings.read(principal),
    orgUnitOptions(principal),
    userOptions(principal),
  ]);
  const params = plainParams(raw);
  const filterParams = Object.fromEntries(Object.entries(params).filter(([key]) => key !== "page" && key !== "pageSize"));
  const exportHref = (format: "csv" | "xlsx") => hrefWith("/api/v1/assets/export", filterParams, { format });
  const yesNo = [
    { value: "true", label: core.common.yes },
    { value: "false", label: core.common.no },
  ];
  const creates = can(principal, "assets.create");
  return (
    <>
      <PageHeader
        title={t.title}
        description={t.description}
        actions={
          <>
            {creates ? <ButtonLink href="/tillgangar/ny">{t.newAsset}</ButtonLink> : null}
            {creates ? <ButtonLink href="/tillgangar/importera" variant="secondary">{t.importAssets}</ButtonLink> : null}
            <a className={buttonClass("secondary")} href={exportHref("xlsx")} download>{t.exportXlsx}</a>
            <a className={buttonClass("secondary")} href={exportHref("csv")} download>{t.exportCsv}</a>
          </>
        }
      />
      <FilterForm path="/tillgangar" label={t.listLabel}>
        <FilterText name="q" label={core.common.search} value={params.q} />
        <FilterSelect name="orgUnitId" label={t.fields.orgUnit} value={params.orgUnitId} allLabel={core.common.all} options={units.map((u) => ({ value: u.id, label: u.name }))} />
        <FilterSelect name="ownerId" label={t.fields.owner} value={params.ownerId} allLabel={core.common.all} options={users.map((u) => ({ value: u.id, label: u.name }))} />
        <FilterSelect name="kind" label={t.fields.kind} value={params.kind} allLabel={core.common.all} options={ASSET_KINDS.map((k) => ({ value: k, label: t.kinds[k] }))} />
        <FilterSelect name="classified" label={t.fields.classified} value={params.classified} allLabel={core.common.all} options={yesNo} />
        <FilterSelect
          name="protectionLevel"
          label={t.fields.protectionLevel}
          value={params.protectionLevel}
          allLabel={core.common.all}
          options={model.levels.map((level) => ({ value: String(level.value), label: levelLabel(model, level.value)! }))}
        />
        <FilterSelect name="hasOwner" label={t.filters.hasOwner} value={params.hasOwner} allLabel={core.common.all} options={yesNo} />
        <FilterCheckbox name="reviewOverdue" label={t.filters.reviewOverdue} checked={params.reviewOverdue === "true"} />
        {params.sort ? <input type="hidden" name="sort" value={params.sort} /> : null}
      </FilterForm>
      <AssetTable assets={result.items} model={model} path="/tillgangar" params={params} />
      <Pagination path="/tillgangar" params={params} page={result.page} pageSize={result.pageSize} total={result.total} />
    </>
  );
}
