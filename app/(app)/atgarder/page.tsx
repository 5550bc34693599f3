import { ActionsTable } from "@/components/actions/ActionsTable";
import { FilterCheckbox, FilterForm, FilterSelect, FilterText } from "@/components/table/FilterForm";
import { Pagination } from "@/components/table/Pagination";
import { ButtonLink } from "@/components/ui/Button";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { actionMessages } from "@/lib/actions/messages";
import { listActions } from "@/lib/actions/queries";
import { ACTION_SOURCE_TYPES, ACTION_STATUSES, actionListQuerySchema } from "@/lib/actions/schema";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { coreMessages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { parseListParams, plainParams, type SearchParams } from "@/lib/page/search-params";
import { userOptions } from "@/lib/users/queries";

export default async function ActionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const principal = await pagePrincipal();
  if (!can(principal, "actions.read")) return <Forbidden />;
  const raw = await searchParams;
  const query = parseListParams(actionListQuerySchema, raw);
  const [t, core, result, users] = await Promise.all([getMessages(actionMessages), getMessages(coreMessages), listActions(principal, query), userOptions(principal)]);
  const params = plainParams(raw);
  return (
    <>
      <PageHeader title={t.title} description={t.description} actions={can(principal, "actions.create") ? <ButtonLink href="/atgarder/ny">{t.newAction}</ButtonLink> : null} />
      <FilterForm path="/atgarder" label={t.listLabel}>
        <FilterText name="q" label={core.common.search} value={params.q} />
        <FilterSelect name="status" label={t.fields.status} value={params.status} allLabel={core.common.all} options={ACTION_STATUSES.map((s) => ({ value: s, label: t.status[s] }))} />
        <FilterSelect name="ownerId" label={t.fields.owner} value={params.ownerId} allLabel={core.common.all} options={users.map((u) => ({ value: u.id, label: u.name }))} />
        <FilterSelect name="source" label={t.fields.source} value={params.source} allLabel={core.common.all} options={ACTION_SOURCE_TYPES.map((s) => ({ value: s, label: t.source[s] }))} />
        <FilterCheckbox name="overdue" label={t.overdueOnly} checked={params.overdue === "true"} />
      </FilterForm>
      <ActionsTable actions={result.items} path="/atgarder" params={params} />
      <Pagination path="/atgarder" params={params} page={result.page} pageSize={result.pageSize} total={result.total} />
    </>
  );
}
