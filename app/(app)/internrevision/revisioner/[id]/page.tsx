import { AuditHistory } from "@/components/audit/AuditHistory";
import { ChecklistItem } from "@/components/audits/ChecklistItem";
import { ChecklistTools } from "@/components/audits/ChecklistTools";
import { AuditReportSection } from "@/components/audits/AuditReportSection";
import { StatusMoves } from "@/components/audits/StatusMoves";
import { InterviewSchedule } from "@/components/audits/InterviewSchedule";
import { FindingForm } from "@/components/findings/FindingForm";
import { FindingsTable } from "@/components/findings/FindingsTable";
import { Card } from "@/components/ui/Card";
import { Fact, Facts } from "@/components/ui/Facts";
import { Forbidden } from "@/components/ui/Forbidden";
import { Notice } from "@/components/ui/Notice";
import { PageHeader } from "@/components/ui/PageHeader";
import { recordHistory } from "@/lib/audit/queries";
import { dependentAuditors } from "@/lib/audits/independence";
import { auditMessages } from "@/lib/audits/messages";
import { auditChecklist, auditReports, getAudit, listAudits } from "@/lib/audits/queries";
import { auditListQuerySchema } from "@/lib/audits/schema";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { dashboardMessages } from "@/lib/dashboard/messages";
import { listFindings } from "@/lib/findings/queries";
import { findingListQuerySchema } from "@/lib/findings/schema";
import { getMessages } from "@/lib/i18n/server";
import { orgUnitOptions } from "@/lib/org-units/queries";
import { loadRecord, type RecordPageProps } from "@/lib/page/load-record";

/** One audit: its plan, the status flow, the checklist used during the interviews, findings and report. */
export default async function AuditPage({ params }: RecordPageProps) {
  const principal = await pagePrincipal();
  const audit = await loadRecord(params, (id) => getAudit(principal, id));
  if (!audit) return <Forbidden />;
  const writes = can(principal, "audits.write");
  const [t, d, checklist, reports, findings, units, earlier, dependent, history] = await Promise.all([
    getMessages(auditMessages),
    getMessages(dashboardMessages),
    auditChecklist(principal, audit.id),
    auditReports(principal, audit.id),
    listFindings(principal, findingListQuerySchema.parse({ auditId: audit.id, pageSize: "500" })),
    writes ? orgUnitOptions(principal) : [],
    writes ? listAudits(principal, auditListQuerySchema.parse({ pageSize: "100", sort: "plannedMonth:desc" })) : null,
    dependentAuditors(principal.organizationId, audit),
    recordHistory(principal, "audit", audit.id),
  ]);
  const open = audit.status !== "closed" && audit.status !== "cancelled";
  return (
    <>
      <PageHeader title={audit.title} description={t.auditStatus[audit.status]} />
      {dependent.length ? (
        <div className="no-print mb-4">
          <Notice title={t.labels.independence} tone="warning">{dependent.map((user) => user.name).join(", ")}</Notice>
        </div>
      ) : null}
      <div className="grid gap-6 xl:grid-cols-3">
        <div className="grid gap-6 xl:col-span-2">
          <Card className="no-print">
            <Facts>
              <Fact label={t.fields.plannedMonth}>{audit.plannedMonth}</Fact>
              <Fact label={t.fields.status}>{`${t.auditStatus[audit.status]}${audit.statusReason ? ` (${audit.statusReason})` : ""}`}</Fact>
              <Fact label={t.fields.perspective}>{audit.perspective ? d.perspectives[audit.perspective] : "–"}</Fact>
              <Fact label={t.fields.area}>{audit.area ?? "–"}</Fact>
              <Fact label={t.fields.orgUnits}>{audit.orgUnits.map((unit) => unit.name).join(", ") || "–"}</Fact>
              <Fact label={t.fields.leadAuditor}>{audit.leadAuditorName ?? "–"}</Fact>
              <Fact label={t.fields.criteria} multiline>{[audit.criteria, ...audit.criteriaRefs].filter(Boolean).join("\n") || "–"}</Fact>
            </Facts>
            {writes ? (
              <div className="mt-4">
                <StatusMoves auditId={audit.id} status={audit.status} version={audit.version} />
              </div>
            ) : null}
          </Card>
          <Card title={t.labels.interviews} className="no-print">
            <InterviewSchedule audit={audit} editable={writes && open} />
          </Card>
          <Card title={t.labels.checklist} className="no-print">
            {checklist.length === 0 ? <p className="text-sm text-gray-700">{t.labels.noChecklist}</p> : null}
            <ol className="grid gap-4">
              {checklist.map((item, index) => (
                <ChecklistItem key={item.id} item={item} index={index} readOnly={!writes || !open} />
              ))}
            </ol>
            {writes && open ? <ChecklistTools auditId={audit.id} hasCriteria={audit.criteriaRefs.length > 0} earlier={(earlier?.items ?? []).filter((a) => a.id !== audit.id).map((a) => ({ id: a.id, title: `${a.title} (${a.plannedMonth})` }))} /> : null}
          </Card>
          <Card title={t.labels.findings} className="no-print">
            <FindingsTable findings={findings.items} t={t} showAudit={false} />
            {writes && open ? (
              <div className="mt-6">
                <h3 className="mb-2 font-semibold">{t.actions.newFinding}</h3>
                <FindingForm auditId={audit.id} orgUnits={units.map((unit) => ({ id: unit.id, name: unit.name }))} />
              </div>
            ) : null}
          </Card>
          <AuditReportSection audit={audit} reports={reports} findings={findings.items} canIssue={writes} t={t} />
        </div>
        <div className="no-print">
          <AuditHistory events={history} title={t.labels.history} />
        </div>
      </div>
    </>
  );
}
