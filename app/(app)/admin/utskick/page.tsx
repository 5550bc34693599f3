import { FilterForm, FilterSelect, FilterText } from "@/components/table/FilterForm";
import { PagedTable } from "@/components/table/PagedTable";
import { Badge } from "@/components/ui/Badge";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { formatDateTime } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { listMailLog } from "@/lib/mail/queries";
import { MAIL_STATUSES, mailLogQuerySchema } from "@/lib/mail/schema";
import { parseListParams, plainParams, type SearchParams } from "@/lib/page/search-params";
import { workMessages } from "@/lib/work/messages";

const tone = { sent: "green", failed: "red", skipped: "gray", pending: "yellow", sending: "blue" } as const;

export default async function MailLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const principal = await pagePrincipal();
  if (!can(principal, "mail-log.read")) return <Forbidden />;
  const raw = await searchParams;
  const [t, result] = await Promise.all([getMessages(workMessages), listMailLog(principal, parseListParams(mailLogQuerySchema, raw))]);
  const params = plainParams(raw);
  const l = t.log;
  return (
    <>
      <PageHeader title={l.title} description={l.description} />
      <FilterForm path="/admin/utskick" label={l.title}>
        <FilterSelect name="status" label={l.columns.status} value={params.status} options={MAIL_STATUSES.map((s) => ({ value: s, label: l.status[s] }))} allLabel={l.allStatuses} />
        <FilterText name="q" label={l.search} value={params.q} />
      </FilterForm>
      <PagedTable
        caption={l.caption}
        path="/admin/utskick"
        params={params}
        result={result}
        rowKey={(m) => m.id}
        empty={l.empty}
        columns={[
          { key: "createdAt", header: l.columns.createdAt, sortField: "createdAt", className: "whitespace-nowrap", cell: (m) => <time dateTime={m.createdAt}>{formatDateTime(m.createdAt)}</time> },
          { key: "to", header: l.columns.to, sortField: "toEmail", cell: (m) => m.to },
          { key: "subject", header: l.columns.subject, cell: (m) => m.subject },
          { key: "status", header: l.columns.status, sortField: "status", cell: (m) => <Badge tone={tone[m.status]}>{l.status[m.status]}</Badge> },
          { key: "attempts", header: l.columns.attempts, cell: (m) => m.attempts },
          { key: "sentAt", header: l.columns.sentAt, className: "whitespace-nowrap", cell: (m) => (m.sentAt ? <time dateTime={m.sentAt}>{formatDateTime(m.sentAt)}</time> : "–") },
          { key: "lastError", header: l.columns.lastError, cell: (m) => m.lastError ?? "–" },
        ]}
      />
    </>
  );
}
