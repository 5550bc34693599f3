import Link from "next/link";
import { ActionsCard } from "@/components/actions/ActionsCard";
import { FilesPanel } from "@/components/attachments/FilesPanel";
import { AuditHistory } from "@/components/audit/AuditHistory";
import { QuestionnaireLinkPanel } from "@/components/suppliers/QuestionnaireLinkPanel";
import { SupplierTabs } from "@/components/suppliers/SupplierTabs";
import { Card } from "@/components/ui/Card";
import { Fact, Facts } from "@/components/ui/Facts";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { actionsFor } from "@/lib/actions/queries";
import { filesPanelData } from "@/lib/attachments/page-data";
import { recordHistory } from "@/lib/audit/queries";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { formatDate } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { loadRecord, type RecordPageProps } from "@/lib/page/load-record";
import { getFollowUp } from "@/lib/suppliers/follow-ups";
import { supplierMessages } from "@/lib/suppliers/messages";
import { getQuestionnaireLink } from "@/lib/suppliers/questionnaire";

export default async function FollowUpPage({ params }: RecordPageProps) {
  const principal = await pagePrincipal();
  if (!can(principal, "suppliers.read")) return <Forbidden />;
  const followUp = await loadRecord(params, (id) => getFollowUp(principal, id));
  if (!followUp) return <Forbidden />;
  const [t, actions, files, history, questionnaireLink] = await Promise.all([
    getMessages(supplierMessages),
    can(principal, "actions.read") ? actionsFor(principal, "supplier", followUp.supplierId) : null,
    filesPanelData(principal, "supplier_follow_up", followUp.id),
    recordHistory(principal, "supplier_follow_up", followUp.id),
    followUp.method === "questionnaire" ? getQuestionnaireLink(principal, followUp.id) : null,
  ]);
  const remarks = actions?.filter((action) => followUp.remarkActionIds.includes(action.id)) ?? null;
  return (
    <>
      <PageHeader title={`${followUp.supplierName} – ${formatDate(followUp.performedAt)}`} />
      <SupplierTabs current="suppliers" />
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-3">
        <div className="grid min-w-0 content-start gap-6 xl:col-span-2">
          <Card title={t.detail.facts}>
            <Facts>
              <Fact label={t.fields.supplier}>
                <Link className="text-blue-800 underline" href={`/leverantorer/${followUp.supplierId}`}>{followUp.supplierName}</Link>
              </Fact>
              <Fact label={t.fields.performedAt}>{formatDate(followUp.performedAt)}</Fact>
              <Fact label={t.fields.method}>{t.methods[followUp.method]}</Fact>
              <Fact label={t.fields.result}>{t.results[followUp.result]}</Fact>
              {followUp.contractId ? (
                <Fact label={t.fields.contractOfFollowUp}>
                  <Link className="text-blue-800 underline" href={`/leverantorer/avtal/${followUp.contractId}`}>{t.fields.contractTitle}</Link>
                </Fact>
              ) : null}
              <Fact label={t.fields.summary} multiline>{followUp.summary ?? t.notSet}</Fact>
            </Facts>
          </Card>
          {followUp.method === "questionnaire" ? (
            <QuestionnaireLinkPanel followUpId={followUp.id} link={questionnaireLink} canWrite={can(principal, "suppliers.write")} />
          ) : null}
          <ActionsCard title={t.detail.remarkActions} actions={remarks} />
          {files ? <FilesPanel {...files} /> : null}
        </div>
        <div className="grid min-w-0 content-start gap-6">
          <AuditHistory events={history} title={t.detail.changeLog} />
        </div>
      </div>
    </>
  );
}
