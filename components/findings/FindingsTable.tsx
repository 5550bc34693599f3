import Link from "next/link";
import { DataTable } from "@/components/table/DataTable";
import { Badge, type Tone } from "@/components/ui/Badge";
import type { AuditMessages } from "@/lib/audits/messages";
import type { FindingType, FindingView } from "@/lib/findings/schema";
import { formatDate } from "@/lib/format";

const TYPE_TONES: Record<FindingType, Tone> = { major_nonconformity: "red", minor_nonconformity: "orange", observation: "blue", improvement: "yellow", positive: "green" };

export function FindingTypeBadge({ type, t }: { type: FindingType; t: AuditMessages }) {
  return <Badge tone={TYPE_TONES[type]}>{t.findingType[type]}</Badge>;
}

/** The findings register (or one audit's findings): type, status, responsible and response date. */
export function FindingsTable({ findings, t, path, params, showAudit = true }: { findings: FindingView[]; t: AuditMessages; path?: string; params?: Record<string, string>; showAudit?: boolean }) {
  return (
    <DataTable
      caption={t.labels.findings}
      rows={findings}
      rowKey={(f) => f.id}
      empty={t.labels.noFindings}
      path={path}
      params={params}
      columns={[
        { key: "title", header: t.fields.title, sortField: "title", cell: (f) => <Link href={`/internrevision/iakttagelser/${f.id}`} className="text-blue-800 underline">{f.title}</Link> },
        { key: "type", header: t.fields.type, sortField: "type", cell: (f) => <FindingTypeBadge type={f.type} t={t} /> },
        ...(showAudit ? [{ key: "audit", header: t.fields.audit, cell: (f: FindingView) => <Link href={`/internrevision/revisioner/${f.auditId}`} className="text-blue-800 underline">{f.auditTitle}</Link> }] : []),
        { key: "responsible", header: t.fields.responsible, cell: (f) => f.responsibleName ?? "–" },
        {
          key: "due",
          header: t.fields.responseDueAt,
          sortField: "responseDueAt",
          cell: (f) => (
            <>
              {f.responseDueAt ? formatDate(f.responseDueAt) : "–"} {f.overdue ? <Badge tone="red">{t.labels.overdue}</Badge> : null}
            </>
          ),
        },
        {
          key: "status",
          header: t.fields.status,
          sortField: "status",
          cell: (f) => (
            <>
              {t.findingStatus[f.status]} {f.escalatedAt && f.status !== "closed" ? <Badge tone="red">{t.labels.escalated}</Badge> : null}
            </>
          ),
        },
      ]}
    />
  );
}
