import Link from "next/link";
import { ApiButton } from "@/components/audits/ApiButton";
import { AuditForm } from "@/components/audits/AuditForm";
import { Card } from "@/components/ui/Card";
import { Fact, Facts } from "@/components/ui/Facts";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { getProgramme } from "@/lib/audit-programmes/queries";
import { auditMessages } from "@/lib/audits/messages";
import { listAudits } from "@/lib/audits/queries";
import { auditListQuerySchema } from "@/lib/audits/schema";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { dashboardMessages } from "@/lib/dashboard/messages";
import { formatDate } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { orgUnitOptions } from "@/lib/org-units/queries";
import { loadRecord, type RecordPageProps } from "@/lib/page/load-record";

/** The audit programme as a timeline of its audits by month, and where management approves it. */
export default async function ProgrammePage({ params }: RecordPageProps) {
  const principal = await pagePrincipal();
  const programme = await loadRecord(params, (id) => getProgramme(principal, id));
  if (!programme) return <Forbidden />;
  const [t, d, audits, units] = await Promise.all([
    getMessages(auditMessages),
    getMessages(dashboardMessages),
    listAudits(principal, auditListQuerySchema.parse({ programmeId: programme.id, pageSize: "500" })),
    orgUnitOptions(principal),
  ]);
  const months = [...new Set(audits.items.map((audit) => audit.plannedMonth))].sort();
  return (
    <>
      <PageHeader title={programme.title} description={t.programmeStatus[programme.status]} />
      <Card className="mb-6">
        <Facts>
          <Fact label={`${t.fields.periodFrom} – ${t.fields.periodTo}`}>{`${formatDate(programme.periodFrom)} – ${formatDate(programme.periodTo)}`}</Fact>
          <Fact label={t.fields.status}>{t.programmeStatus[programme.status]}</Fact>
          <Fact label={t.fields.approvedBy}>{programme.approvedByName ? `${programme.approvedByName}, ${formatDate(programme.approvedAt)}` : "–"}</Fact>
        </Facts>
        {programme.status === "draft" && can(principal, "audit-programmes.approve") ? (
          <div className="mt-4">
            <ApiButton label={t.actions.approve} path={`/api/v1/audit-programmes/${programme.id}/approve`} body={{ version: programme.version }} variant="primary" />
          </div>
        ) : null}
      </Card>
      <Card title={t.labels.timeline} className="mb-6">
        {months.length === 0 ? <p className="text-sm text-gray-700">{t.labels.noAudits}</p> : null}
        <ol className="grid gap-4">
          {months.map((month) => (
            <li key={month}>
              <h3 className="font-semibold text-gray-900">{month}</h3>
              <ul className="ml-4 list-disc text-sm">
                {audits.items.filter((audit) => audit.plannedMonth === month).map((audit) => (
                  <li key={audit.id}>
                    <Link href={`/internrevision/revisioner/${audit.id}`} className="text-blue-800 underline">{audit.title}</Link>
                    {` · ${t.auditStatus[audit.status]}${audit.perspective ? ` · ${d.perspectives[audit.perspective]}` : ""}`}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </Card>
      {can(principal, "audits.write") ? (
        <Card title={t.actions.newAudit}>
          <AuditForm programmeId={programme.id} orgUnits={units.map((unit) => ({ id: unit.id, name: unit.name }))} perspectives={d.perspectives} />
        </Card>
      ) : null}
    </>
  );
}
