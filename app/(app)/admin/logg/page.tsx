import Link from "next/link";
import { AuditChanges } from "@/components/audit/AuditChanges";
import { FilterForm, FilterSelect, FilterText } from "@/components/table/FilterForm";
import { PagedTable } from "@/components/table/PagedTable";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { adminMessages } from "@/lib/admin/messages";
import { auditMessages } from "@/lib/audit/messages";
import { auditLogEntries } from "@/lib/audit/queries";
import { auditEventListQuerySchema } from "@/lib/audit/schema";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { formatDateTime } from "@/lib/format";
import { getLocale } from "@/lib/i18n/server";
import { parseListParams, plainParams, type SearchParams } from "@/lib/page/search-params";
import { auditedTypeLabels } from "@/lib/records/messages";
import { AUDITED_TYPE_KEYS, auditEntityOf } from "@/lib/records/audited";

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const principal = await pagePrincipal();
  if (!can(principal, "audit-events.read")) return <Forbidden />;
  const raw = await searchParams;
  const query = parseListParams(auditEventListQuerySchema, raw);
  const locale = await getLocale();
  const [t, a, result] = [adminMessages[locale], auditMessages[locale], await auditLogEntries(principal, query, locale)];
  const params = plainParams(raw);
  const types = AUDITED_TYPE_KEYS.map((type) => ({ value: auditEntityOf(type), label: auditedTypeLabels[locale][type] })).sort((x, y) => x.label.localeCompare(y.label, locale));
  return (
    <>
      <PageHeader title={t.sections.audit.title} description={t.sections.audit.body} />
      <FilterForm path="/admin/logg" label={t.audit.filter}>
        <FilterSelect name="entity" label={a.recordType} value={params.entity} options={types} allLabel={a.allTypes} />
        <FilterText name="q" label={t.audit.actor} value={params.q} />
      </FilterForm>
      <PagedTable
        caption={t.sections.audit.title}
        path="/admin/logg"
        params={params}
        result={result}
        rowKey={(e) => e.id}
        empty={a.logEmpty}
        columns={[
          { key: "at", header: t.audit.at, sortField: "at", className: "whitespace-nowrap", cell: (e) => <time dateTime={e.at}>{formatDateTime(e.at)}</time> },
          { key: "actor", header: t.audit.actor, cell: (e) => e.actorName },
          { key: "action", header: t.audit.action, cell: (e) => capitalised(e.verb) },
          {
            key: "record",
            header: a.record,
            cell: (e) => (
              <>
                <span className="block text-xs text-gray-700">{e.typeLabel}</span>
                {e.record.href ? (
                  <Link href={e.record.href} className="text-blue-800 underline">
                    {e.record.title}
                  </Link>
                ) : (
                  e.record.title
                )}
              </>
            ),
          },
          { key: "changes", header: a.changes, cell: (e) => <AuditChanges changes={e.changes} /> },
        ]}
      />
    </>
  );
}
