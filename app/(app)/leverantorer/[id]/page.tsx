import Link from "next/link";
import { ActionsCard } from "@/components/actions/ActionsCard";
import { FilesPanel } from "@/components/attachments/FilesPanel";
import { AuditHistory } from "@/components/audit/AuditHistory";
import { ContractTable } from "@/components/suppliers/ContractTable";
import { FollowUpList } from "@/components/suppliers/FollowUpList";
import { GapBadges } from "@/components/suppliers/GapBadges";
import { SupplierTabs } from "@/components/suppliers/SupplierTabs";
import { Badge } from "@/components/ui/Badge";
import { ButtonLink } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { Fact, Facts } from "@/components/ui/Facts";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { actionsFor } from "@/lib/actions/queries";
import { filesPanelData } from "@/lib/attachments/page-data";
import { recordHistory } from "@/lib/audit/queries";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { listContracts } from "@/lib/contracts/queries";
import { formatDate } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { loadRecord, type RecordPageProps } from "@/lib/page/load-record";
import { listFollowUps } from "@/lib/suppliers/follow-ups";
import { supplierMessages } from "@/lib/suppliers/messages";
import { getSupplier } from "@/lib/suppliers/queries";

export default async function SupplierPage({ params }: RecordPageProps) {
  const principal = await pagePrincipal();
  if (!can(principal, "suppliers.read")) return <Forbidden />;
  const supplier = await loadRecord(params, (id) => getSupplier(principal, id));
  if (!supplier) return <Forbidden />;
  const writes = can(principal, "suppliers.write");
  const [t, contracts, followUps, actions, files, history] = await Promise.all([
    getMessages(supplierMessages),
    listContracts(principal, { supplierId: supplier.id, page: 1, pageSize: 200, personalData: undefined }),
    listFollowUps(principal, { supplierId: supplier.id, page: 1, pageSize: 50 }),
    can(principal, "actions.read") ? actionsFor(principal, "supplier", supplier.id) : null,
    filesPanelData(principal, "supplier", supplier.id),
    recordHistory(principal, "supplier", supplier.id),
  ]);
  const path = `/leverantorer/${supplier.id}`;
  const link = (ref: { id: string; name: string }) => <Link className="text-blue-800 underline" href={`/leverantorer/${ref.id}`}>{ref.name}</Link>;

  return (
    <>
      <PageHeader
        title={supplier.name}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <Badge>{t.supplierStatuses[supplier.status]}</Badge>
            {supplier.criticality !== null ? <Badge tone="blue">{`${t.fields.criticality}: ${t.level(supplier.criticality)}`}</Badge> : null}
            {supplier.followUpOverdue ? <Badge tone="red">{t.followUpOverdue}</Badge> : null}
            <GapBadges gaps={supplier.gaps} t={t} />
          </span>
        }
        actions={
          writes ? (
            <>
              <ButtonLink href={`/leverantorer/uppfoljningar/ny?supplierId=${supplier.id}`}>{t.newFollowUp}</ButtonLink>
              <ButtonLink href={`/leverantorer/avtal/ny?supplierId=${supplier.id}`} variant="secondary">{t.newContract}</ButtonLink>
              <ButtonLink href={`${path}/andra`} variant="secondary">{t.editSupplier}</ButtonLink>
            </>
          ) : null
        }
      />
      <SupplierTabs current="suppliers" />
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-3">
        <div className="grid min-w-0 content-start gap-6 xl:col-span-2">
          <Card title={t.detail.contracts}>
            <ContractTable contracts={contracts.items} caption={t.detail.contracts} />
          </Card>
          <Card title={t.detail.followUps}>
            <FollowUpList followUps={followUps.items} t={t} />
          </Card>
          <ActionsCard title={t.detail.actions} actions={actions} />
          {files ? <FilesPanel {...files} /> : null}
        </div>
        <div className="grid min-w-0 content-start gap-6">
          <Card title={t.detail.facts}>
            <Facts narrow>
              <Fact label={t.fields.nextFollowUp}>
                <span data-testid="next-follow-up">{supplier.nextFollowUpDueAt ? formatDate(supplier.nextFollowUpDueAt) : t.onDemand}</span>
              </Fact>
              <Fact label={t.fields.lastFollowUp}>{supplier.lastFollowUpAt ? formatDate(supplier.lastFollowUpAt) : t.none}</Fact>
              <Fact label={t.fields.criticality}>{supplier.criticality === null ? t.notSet : t.level(supplier.criticality)}</Fact>
              {supplier.criticalityOverride !== null ? <Fact label={t.fields.criticalityMotivation} multiline>{supplier.criticalityMotivation}</Fact> : null}
              <Fact label={t.fields.orgNumber}>{supplier.orgNumber ?? t.notSet}</Fact>
              <Fact label={t.fields.country}>{supplier.country}</Fact>
              <Fact label={t.fields.category}>{t.categories[supplier.category]}</Fact>
              <Fact label={t.fields.owner}>{supplier.ownerName ?? t.noOwner}</Fact>
              <Fact label={t.fields.contactName}>{[supplier.contactName, supplier.contactEmail, supplier.contactPhone].filter(Boolean).join(", ") || t.notSet}</Fact>
              <Fact label={t.fields.certifications}>
                {supplier.certifications.length ? supplier.certifications.map((c) => `${c.standard}${c.validUntil ? ` (${formatDate(c.validUntil)})` : ""}`).join(", ") : t.none}
              </Fact>
              {supplier.notes ? <Fact label={t.fields.notes} multiline>{supplier.notes}</Fact> : null}
            </Facts>
          </Card>
          <Card title={t.detail.chain}>
            <Facts narrow>
              <Fact label={t.fields.parent}>{supplier.parentSupplier ? link(supplier.parentSupplier) : t.none}</Fact>
              <Fact label={t.fields.subcontractors}>
                {supplier.subcontractors.length ? (
                  <ul>{supplier.subcontractors.map((sub) => <li key={sub.id}>{link(sub)}</li>)}</ul>
                ) : (
                  t.none
                )}
              </Fact>
            </Facts>
          </Card>
          <AuditHistory events={history} title={t.detail.changeLog} />
        </div>
      </div>
    </>
  );
}
