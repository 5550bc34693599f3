import { FilterForm, FilterText } from "@/components/table/FilterForm";
import { PagedTable } from "@/components/table/PagedTable";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { adminMessages } from "@/lib/admin/messages";
import { auditEventListQuerySchema, listAuditEvents } from "@/lib/audit/queries";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { formatDateTime } from "@/lib/format";
import { coreMessages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { parseListParams, plainParams, type SearchParams } from "@/lib/page/search-params";

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const principal = await pagePrincipal();
  if (!can(principal, "audit-events.read")) return <Forbidden />;
  const raw = await searchParams;
  const query = parseListParams(auditEventListQuerySchema, raw);
  const [t, core, result] = await Promise.all([getMessages(adminMessages), getMessages(coreMessages), listAuditEvents(principal, query)]);
  const params = plainParams(raw);
  return (
    <>
      <PageHeader title={t.sections.audit.title} description={t.sections.audit.body} />
      <FilterForm path="/admin/logg" label={t.audit.filter}>
        <FilterText name="entity" label={t.audit.entity} value={params.entity} />
        <FilterText name="entityId" label={t.audit.entityId} value={params.entityId} />
        <FilterText name="q" label={t.audit.actor} value={params.q} />
      </FilterForm>
      <PagedTable
        caption={t.sections.audit.title}
        path="/admin/logg"
        params={params}
        result={result}
        rowKey={(e) => e.id}
        empty={core.common.noResults}
        columns={[
          { key: "at", header: t.audit.at, sortField: "at", cell: (e) => formatDateTime(e.at) },
          { key: "actor", header: t.audit.actor, cell: (e) => e.actorLabel ?? "–" },
          { key: "entity", header: t.audit.entity, cell: (e) => e.entity },
          { key: "action", header: t.audit.action, cell: (e) => e.action },
          { key: "entityId", header: t.audit.entityId, cell: (e) => <code className="text-xs">{e.entityId}</code> },
        ]}
      />
    </>
  );
}
