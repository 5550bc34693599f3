import { Card } from "@/components/ui/Card";
import { Fact, Facts } from "@/components/ui/Facts";
import { buttonClass } from "@/components/ui/Button";
import type { AuditMessages } from "@/lib/audits/messages";
import type { AuditView, ReportView } from "@/lib/audits/schema";
import type { FindingView } from "@/lib/findings/schema";
import { formatDate } from "@/lib/format";
import { PrintButton } from "@/components/maturity/PrintButton";
import { ReportForm } from "./ReportForm";

/**
 * The report: the latest issued revision read-only (a correction is a new revision), printable as a
 * clean document (print CSS hides the rest of the page) and as a PDF listing every finding.
 */
export function AuditReportSection({ audit, reports, findings, canIssue, t }: { audit: AuditView; reports: ReportView[]; findings: FindingView[]; canIssue: boolean; t: AuditMessages }) {
  const [latest] = reports;
  const issuable = canIssue && (audit.status === "performed" || audit.status === "reported");
  return (
    <Card title={t.labels.report}>
      {latest ? (
        <article className="audit-report" data-testid="audit-report">
          <h3 className="text-lg font-semibold">{`${t.labels.report}: ${audit.title}`}</h3>
          <p className="text-sm text-gray-700">{`${t.labels.revision} ${latest.revision} · ${t.labels.issuedAt} ${formatDate(latest.issuedAt)}${latest.issuedByName ? ` · ${latest.issuedByName}` : ""}`}</p>
          <Facts className="mt-2">
            <Fact label={t.fields.summary} multiline>{latest.summary}</Fact>
            <Fact label={t.fields.scope} multiline>{latest.scope ?? "–"}</Fact>
            <Fact label={t.fields.conclusion}>{t.conclusion[latest.conclusion]}</Fact>
            <Fact label={t.fields.motivation} multiline>{latest.motivation ?? "–"}</Fact>
          </Facts>
          <h4 className="mt-3 font-semibold">{`${t.labels.findings} (${findings.length})`}</h4>
          <ul className="list-disc pl-5 text-sm">
            {findings.map((finding) => (
              <li key={finding.id}>{`${t.findingType[finding.type]}: ${finding.title}${finding.criterion ? ` (${finding.criterion})` : ""}`}</li>
            ))}
          </ul>
          <p className="mt-2 text-sm text-gray-700 no-print">{t.labels.readOnlyReport}</p>
          <div className="mt-3 flex flex-wrap gap-2 no-print">
            <a href={`/api/v1/audits/${audit.id}/report.pdf`} className={buttonClass("secondary")}>{t.actions.downloadPdf}</a>
            <PrintButton label={t.actions.print} />
          </div>
        </article>
      ) : (
        <p className="text-sm text-gray-700">{t.labels.noReport}</p>
      )}
      {issuable ? (
        <div className="mt-6 no-print">
          <ReportForm auditId={audit.id} version={audit.version} previous={latest} />
        </div>
      ) : null}
    </Card>
  );
}
