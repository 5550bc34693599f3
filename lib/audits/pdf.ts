import "server-only";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { findingInclude, toFindingViews } from "../findings/queries";
import type { FindingView } from "../findings/schema";
import { formatDate } from "../format";
import { renderPdfInWorker } from "../pdf/render";
import { auditMessages } from "./messages";
import { auditReports, loadAudit, toAuditViews } from "./queries";
import type { AuditView, ReportView } from "./schema";

// The report as a document to send and file: Swedish, as the organisation's own record.
const sv = auditMessages.sv;

interface Field {
  label: string;
  value: string | null | undefined;
}

/** The report as plain data for the worker: headings, fields and one block per finding. */
export function reportModel(audit: AuditView, report: ReportView | undefined, findings: FindingView[]) {
  return {
    title: `${sv.labels.report}: ${audit.title}`,
    fields: [
      { label: sv.fields.area, value: audit.area },
      { label: sv.fields.orgUnits, value: audit.orgUnits.map((unit) => unit.name).join(", ") },
      { label: sv.fields.criteria, value: [audit.criteria, ...audit.criteriaRefs].filter(Boolean).join("; ") },
      { label: sv.fields.leadAuditor, value: audit.leadAuditorName },
      { label: sv.fields.auditees, value: audit.auditees.join(", ") },
      { label: sv.fields.status, value: sv.auditStatus[audit.status] },
      { label: sv.labels.revision, value: report ? `${report.revision}, ${sv.labels.issuedAt.toLowerCase()} ${formatDate(report.issuedAt)}` : sv.labels.noReport },
    ] satisfies Field[],
    sections: [
      {
        heading: sv.fields.summary,
        text: report?.summary ?? sv.labels.noReport,
        fields: [
          { label: sv.fields.scope, value: report?.scope },
          { label: sv.fields.conclusion, value: report ? sv.conclusion[report.conclusion] : null },
          { label: sv.fields.motivation, value: report?.motivation },
        ] satisfies Field[],
      },
      {
        heading: `${sv.labels.findings} (${findings.length})`,
        text: findings.length ? null : sv.labels.noFindings,
        blocks: findings.map((finding) => ({
          heading: `${sv.findingType[finding.type]}: ${finding.title}`,
          fields: [
            { label: sv.fields.criterion, value: finding.criterion },
            { label: sv.fields.description, value: finding.description },
            { label: sv.fields.evidence, value: finding.evidence },
            { label: sv.fields.responsible, value: finding.responsibleName },
            { label: sv.fields.responseDueAt, value: finding.responseDueAt ? formatDate(finding.responseDueAt) : null },
            { label: sv.fields.status, value: sv.findingStatus[finding.status] },
          ] satisfies Field[],
        })),
      },
    ],
  };
}

/** GET /api/v1/audits/{id}/report.pdf: the latest revision and every finding of the audit. */
export async function reportPdfResponse(principal: Principal, auditId: string): Promise<Response> {
  const [audit] = await toAuditViews([await loadAudit(principal, auditId)]);
  const [reports, rows] = await Promise.all([
    auditReports(principal, auditId),
    db.finding.findMany({ where: { auditId, organizationId: principal.organizationId }, include: findingInclude, orderBy: [{ type: "asc" }, { createdAt: "asc" }] }),
  ]);
  const bytes = await renderPdfInWorker(["audits", "report-pdf.worker.mjs"], reportModel(audit, reports[0], await toFindingViews(rows)));
  return new Response(new Uint8Array(bytes), {
    headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="revisionsrapport-${auditId.slice(0, 8)}.pdf"` },
  });
}
