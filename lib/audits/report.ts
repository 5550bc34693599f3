import "server-only";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { nextVersion, updateAudited, versionedWhere } from "../db/mutation";
import { notReportable } from "./errors";
import { auditInclude, toAuditViews } from "./queries";
import { defaultResponseDue, REPORTABLE } from "./rules";
import type { AuditStatus, AuditView, ReportIssue } from "./schema";

/**
 * Issues the audit's report. An issued report is never changed: issuing again is a correction, the
 * next revision, and the earlier ones are kept. The first issue moves a performed audit to reported
 * and gives every finding without a response date one 30 days from now.
 */
export async function issueReport(principal: Principal, auditId: string, input: ReportIssue, now = new Date()): Promise<AuditView> {
  const { version, ...content } = input;
  const row = await updateAudited(principal, "audit", {
    version,
    action: "report_issue",
    load: (tx) => tx.audit.findUnique({ where: { id: auditId } }),
    check: (before) => {
      authorize(principal, "audits.write", before);
      if (!REPORTABLE.includes(before.status as AuditStatus)) throw notReportable(before.status as AuditStatus);
    },
    update: async (tx, before) => {
      const revision = (await tx.auditReport.count({ where: { auditId } })) + 1;
      await tx.auditReport.create({ data: { ...content, auditId, revision, issuedAt: now, issuedById: principal.userId } });
      if (revision === 1) {
        await tx.finding.updateMany({ where: { auditId, responseDueAt: null, type: { not: "positive" } }, data: { responseDueAt: defaultResponseDue(now) } });
      }
      return tx.audit.update({
        where: versionedWhere(auditId, version),
        data: { ...(before.status === "performed" ? { status: "reported" } : {}), ...nextVersion },
        include: auditInclude,
      });
    },
  });
  return (await toAuditViews([row]))[0];
}
