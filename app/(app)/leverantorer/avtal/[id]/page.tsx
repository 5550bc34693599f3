import Link from "next/link";
import { ActionsCard } from "@/components/actions/ActionsCard";
import { FilesPanel } from "@/components/attachments/FilesPanel";
import { AuditHistory } from "@/components/audit/AuditHistory";
import { GapActions } from "@/components/suppliers/GapActions";
import { RequirementsTable } from "@/components/suppliers/RequirementsTable";
import { SupplierTabs } from "@/components/suppliers/SupplierTabs";
import { Badge } from "@/components/ui/Badge";
import { ButtonLink, buttonClass } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { Fact, Facts } from "@/components/ui/Facts";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { actionsFor } from "@/lib/actions/queries";
import { filesPanelData } from "@/lib/attachments/page-data";
import { recordHistory } from "@/lib/audit/queries";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { getContract } from "@/lib/contracts/queries";
import { formatDate } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { loadRecord, type RecordPageProps } from "@/lib/page/load-record";
import { supplierMessages } from "@/lib/suppliers/messages";

export default async function ContractPage({ params }: RecordPageProps) {
  const principal = await pagePrincipal();
  if (!can(principal, "suppliers.read")) return <Forbidden />;
  const contract = await loadRecord(params, (id) => getContract(principal, id));
  if (!contract) return <Forbidden />;
  const writes = can(principal, "suppliers.write");
  const [t, actions, files, history] = await Promise.all([
    getMessages(supplierMessages),
    can(principal, "actions.read") ? actionsFor(principal, "contract", contract.id) : null,
    filesPanelData(principal, "contract", contract.id),
    recordHistory(principal, "contract", contract.id),
  ]);
  const agreement = (value: { signedAt: string | null; reference: string | null } | null) =>
    value ? [formatDate(value.signedAt), value.reference].filter(Boolean).join(", ") : t.notSet;

  return (
    <>
      <PageHeader
        title={contract.title}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <Badge>{t.contractStatuses[contract.status]}</Badge>
            <Badge tone="blue">{`${t.fields.requiredLevel}: ${contract.requiredLevel === null ? t.unclassified : t.level(contract.requiredLevel)}`}</Badge>
            {contract.personalData ? <Badge tone="yellow">{t.fields.personalData}</Badge> : null}
            {contract.securityProtection ? <Badge tone="orange">{t.fields.securityProtection}</Badge> : null}
          </span>
        }
        actions={writes ? <ButtonLink href={`/leverantorer/avtal/${contract.id}/andra`} variant="secondary">{t.editContract}</ButtonLink> : null}
      />
      <SupplierTabs current="contracts" />
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-3">
        <div className="grid min-w-0 content-start gap-6 xl:col-span-2">
          <Card title={t.fields.gaps}>
            <GapActions contractId={contract.id} gaps={contract.gaps.filter((gap) => gap !== "requirements_missing")} canMakeAction={writes} />
          </Card>
          <Card title={t.fields.requirements}>
            <p className="mb-2 text-sm text-gray-800">{t.detail.requirementsHint}</p>
            <RequirementsTable contractId={contract.id} requirements={contract.requirements} canSetStatus={can(principal, "suppliers.requirements")} canMakeAction={writes} />
            {contract.requirements.length ? (
              <div className="no-print mt-3 flex flex-wrap gap-2">
                <a className={buttonClass("secondary")} href={`/api/v1/contracts/${contract.id}/requirements/export?format=xlsx`}>{t.annexXlsx}</a>
                <a className={buttonClass("secondary")} href={`/api/v1/contracts/${contract.id}/requirements/export?format=csv`}>{t.annexCsv}</a>
              </div>
            ) : null}
          </Card>
          {contract.procurementSteps.length ? (
            <Card title={t.fields.procurementSteps}>
              <ol className="grid gap-1 text-sm">
                {contract.procurementSteps.map((step) => (
                  <li key={step.step}>
                    <span className="font-medium">{t.steps[step.step]}:</span> {step.involved ? t.yes : t.no}
                    {step.who ? `, ${step.who}` : ""}
                    {step.at ? `, ${formatDate(step.at)}` : ""}
                  </li>
                ))}
              </ol>
            </Card>
          ) : null}
          <ActionsCard title={t.detail.actions} actions={actions} />
          {files ? <FilesPanel {...files} /> : null}
        </div>
        <div className="grid min-w-0 content-start gap-6">
          <Card title={t.detail.facts}>
            <Facts narrow>
              <Fact label={t.fields.supplier}>
                <Link className="text-blue-800 underline" href={`/leverantorer/${contract.supplierId}`}>{contract.supplierName}</Link>
              </Fact>
              <Fact label={t.fields.reference}>{contract.reference ?? t.notSet}</Fact>
              <Fact label={t.fields.contractOwner}>{contract.ownerName ?? t.noOwner}</Fact>
              <Fact label={t.fields.startsAt}>{formatDate(contract.startsAt)}</Fact>
              <Fact label={t.fields.endsAt}>{formatDate(contract.endsAt)}</Fact>
              <Fact label={t.fields.noticeDate}>{formatDate(contract.noticeDate)}</Fact>
              <Fact label={t.fields.autoRenewal}>{contract.autoRenewal ? t.yes : t.no}</Fact>
              <Fact label={t.fields.assets}>
                {contract.assets.length ? (
                  <ul>
                    {contract.assets.map((asset) => (
                      <li key={asset.id}>
                        <Link className="text-blue-800 underline" href={`/tillgangar/${asset.id}`}>{asset.name}</Link>{" "}
                        ({asset.protectionLevel === null ? t.unclassified : t.level(asset.protectionLevel)})
                      </li>
                    ))}
                  </ul>
                ) : (
                  t.none
                )}
              </Fact>
            </Facts>
          </Card>
          <Card title={t.detail.agreements}>
            <Facts narrow>
              <Fact label={t.fields.dpaSignedAt}>{agreement(contract.dpa)}</Fact>
              <Fact label={t.fields.spaSignedAt}>{agreement(contract.securityProtectionAgreement)}</Fact>
              <Fact label={t.fields.thirdCountryBasis}>{contract.thirdCountryBasis ?? t.notSet}</Fact>
            </Facts>
          </Card>
          <AuditHistory events={history} title={t.detail.changeLog} />
        </div>
      </div>
    </>
  );
}
