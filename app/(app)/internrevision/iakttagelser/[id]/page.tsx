import Link from "next/link";
import { ActionsTable } from "@/components/actions/ActionsTable";
import { AuditHistory } from "@/components/audit/AuditHistory";
import { ApiButton } from "@/components/audits/ApiButton";
import { EscalateForm } from "@/components/findings/EscalateForm";
import { FindingActionForm } from "@/components/findings/FindingActionForm";
import { FindingTypeBadge } from "@/components/findings/FindingsTable";
import { ResponseForm } from "@/components/findings/ResponseForm";
import { VerifyForm } from "@/components/findings/VerifyForm";
import { Badge } from "@/components/ui/Badge";
import { Card } from "@/components/ui/Card";
import { Fact, Facts } from "@/components/ui/Facts";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { actionsFor } from "@/lib/actions/queries";
import { recordHistory } from "@/lib/audit/queries";
import { auditMessages } from "@/lib/audits/messages";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { getFinding } from "@/lib/findings/queries";
import { findingMoves, isNonconformity, RESPONSIBLE_MOVES } from "@/lib/findings/rules";
import { formatDate } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { loadRecord, type RecordPageProps } from "@/lib/page/load-record";

/** One finding: what was found, the responsible person's answer, the auditor's follow-up. */
export default async function FindingPage({ params }: RecordPageProps) {
  const principal = await pagePrincipal();
  const finding = await loadRecord(params, (id) => getFinding(principal, id));
  if (!finding) return <Forbidden />;
  const writes = can(principal, "audits.write");
  const responsible = finding.responsibleId === principal.userId;
  const [t, actions, history] = await Promise.all([
    getMessages(auditMessages),
    can(principal, "actions.read") ? actionsFor(principal, "finding", finding.id) : null,
    recordHistory(principal, "finding", finding.id),
  ]);
  const closed = finding.status === "closed";
  // The response form submits the plan; the other moves are buttons, the responsible person's only their own.
  const moves = findingMoves(finding.type, finding.status).filter((to) => to !== "plan_submitted" && (writes || (responsible && RESPONSIBLE_MOVES.includes(to))));
  const moveLabel = { open: t.actions.rejectPlan, plan_accepted: t.actions.acceptPlan, implemented: t.actions.markImplemented, closed: t.actions.close } as Record<string, string>;
  return (
    <>
      <PageHeader title={finding.title} description={<FindingTypeBadge type={finding.type} t={t} />} />
      <div className="grid gap-6 xl:grid-cols-3">
        <div className="grid gap-6 xl:col-span-2">
          <Card>
            <Facts>
              <Fact label={t.fields.status}>
                {t.findingStatus[finding.status]} {finding.overdue ? <Badge tone="red">{t.labels.overdue}</Badge> : null}
              </Fact>
              <Fact label={t.fields.audit}>
                <Link href={`/internrevision/revisioner/${finding.auditId}`} className="text-blue-800 underline">{finding.auditTitle}</Link>
              </Fact>
              <Fact label={t.fields.criterion}>{finding.criterion ?? "–"}</Fact>
              <Fact label={t.fields.description} multiline>{finding.description ?? "–"}</Fact>
              <Fact label={t.fields.evidence} multiline>{finding.evidence ?? "–"}</Fact>
              <Fact label={t.fields.orgUnit}>{finding.orgUnitName ?? "–"}</Fact>
              <Fact label={t.fields.responsible}>{finding.responsibleName ?? "–"}</Fact>
              <Fact label={t.fields.responseDueAt}>{finding.responseDueAt ? formatDate(finding.responseDueAt) : "–"}</Fact>
            </Facts>
            {moves.length ? (
              <div className="mt-4 flex flex-wrap gap-2">
                {moves.map((to) => (
                  <ApiButton key={to} label={moveLabel[to] ?? t.findingStatus[to]} path={`/api/v1/findings/${finding.id}/transitions`} body={{ status: to, version: finding.version }} variant={to === "open" ? "secondary" : "primary"} />
                ))}
              </div>
            ) : null}
          </Card>
          {finding.type !== "positive" ? (
            <Card title={t.labels.response}>
              {(responsible || writes) && !closed ? (
                <ResponseForm finding={finding} />
              ) : (
                <Facts>
                  <Fact label={t.fields.rootCause} multiline>{finding.rootCause ?? "–"}</Fact>
                  <Fact label={t.fields.actionPlan} multiline>{finding.actionPlan ?? "–"}</Fact>
                </Facts>
              )}
              {actions ? (
                <div className="mt-4">
                  <h3 className="mb-2 font-semibold">{t.labels.actions}</h3>
                  <ActionsTable actions={actions} showSource={false} />
                </div>
              ) : null}
              {(responsible || writes) && !closed ? (
                <div className="mt-4">
                  <FindingActionForm findingId={finding.id} />
                </div>
              ) : null}
            </Card>
          ) : null}
          {finding.verifiedAt || (writes && !closed && (!isNonconformity(finding.type) || finding.status === "implemented")) ? (
            <Card title={t.labels.verification}>
              {finding.verifiedAt ? (
                <p className="mb-3 text-sm">{`${formatDate(finding.verifiedAt)} · ${finding.verifiedByName ?? ""} · ${t.fields.effective}: ${finding.effective ? t.labels.yes : t.labels.no}${finding.verificationNote ? ` · ${finding.verificationNote}` : ""}`}</p>
              ) : null}
              {writes && !closed && (!isNonconformity(finding.type) || finding.status === "implemented") ? <VerifyForm finding={finding} /> : null}
            </Card>
          ) : null}
          {finding.escalatedAt || (writes && !closed) ? (
            <Card title={t.labels.escalation}>
              {finding.escalatedAt ? (
                <p className="mb-3 text-sm">{`${formatDate(finding.escalatedAt)} · ${finding.escalatedToName ?? ""}${finding.escalationNote ? ` · ${finding.escalationNote}` : ""}`}</p>
              ) : writes && !closed ? (
                <EscalateForm finding={finding} />
              ) : null}
            </Card>
          ) : null}
        </div>
        <AuditHistory events={history} title={t.labels.history} />
      </div>
    </>
  );
}
