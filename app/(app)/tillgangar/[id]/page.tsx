import { ActionsTable } from "@/components/actions/ActionsTable";
import { FilesPanel } from "@/components/attachments/FilesPanel";
import { ClassificationHistory } from "@/components/assets/ClassificationHistory";
import { HeldInformation } from "@/components/assets/HeldInformation";
import { LinkedRecords } from "@/components/assets/LinkedRecords";
import { LevelSummary } from "@/components/assets/LevelSummary";
import { ProtectionBadge } from "@/components/assets/ProtectionBadge";
import { RequirementsSection } from "@/components/assets/RequirementsSection";
import { ReviewButton } from "@/components/assets/ReviewButton";
import { AuditHistory } from "@/components/audit/AuditHistory";
import { AssetContracts } from "@/components/suppliers/AssetContracts";
import { contractsForAsset } from "@/lib/contracts/queries";
import { recordHistory } from "@/lib/audit/queries";
import { Badge } from "@/components/ui/Badge";
import { ButtonLink } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { Fact, Facts } from "@/components/ui/Facts";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { actionsFor } from "@/lib/actions/queries";
import { listAssetRequirements } from "@/lib/assets/asset-requirements";
import { listClassifications } from "@/lib/assets/history";
import { assetLinkedRecords } from "@/lib/assets/linked-records";
import { filesPanelData } from "@/lib/attachments/page-data";
import { assetMessages } from "@/lib/assets/messages";
import { mayWriteAsset } from "@/lib/assets/page-data";
import { getAsset } from "@/lib/assets/queries";
import { canHold } from "@/lib/assets/rules";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { classificationSettings } from "@/lib/classification/settings";
import { coreMessages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { loadRecord, type RecordPageProps } from "@/lib/page/load-record";

export default async function AssetPage({ params }: RecordPageProps) {
  const principal = await pagePrincipal();
  if (!can(principal, "assets.read")) return <Forbidden />;
  const asset = await loadRecord(params, (id) => getAsset(principal, id));
  if (!asset) return <Forbidden />;
  const readsActions = can(principal, "actions.read");
  const [t, core, model, history, requirements, actions, files, linked] = await Promise.all([
    getMessages(assetMessages),
    getMessages(coreMessages),
    classificationSettings.read(principal),
    listClassifications(principal, asset.id),
    listAssetRequirements(principal, asset.id),
    readsActions ? actionsFor(principal, "asset", asset.id) : null,
    filesPanelData(principal, "asset", asset.id),
    assetLinkedRecords(principal, asset.id),
  ]);
  const path = `/tillgangar/${asset.id}`;
  const editable = mayWriteAsset(principal, asset);
  const createsActions = can(principal, "actions.create");
  const holder = canHold(asset.kind);

  return (
    <>
      <PageHeader
        title={asset.name}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <Badge>{t.kinds[asset.kind]}</Badge>
            <ProtectionBadge level={asset.protectionLevel} model={model} empty={t.notClassified} />
            {asset.reviewOverdue ? <Badge tone="red">{t.overdueReview}</Badge> : null}
            {asset.protectionBelowRequired ? <Badge tone="red">{t.detail.belowRequiredTitle}</Badge> : null}
          </span>
        }
        actions={
          editable ? (
            <>
              <ButtonLink href={`${path}/klassa`}>{asset.classifiedAt ? t.reclassify : t.classify}</ButtonLink>
              <ButtonLink href={`${path}/andra`} variant="secondary">{t.editAsset}</ButtonLink>
            </>
          ) : null
        }
      />
      <div className="grid gap-6 xl:grid-cols-3">
        <div className="grid min-w-0 content-start gap-6 xl:col-span-2">
          <Card title={t.detail.levels}>
            <LevelSummary asset={asset} model={model} t={t} />
            {editable && asset.classified ? (
              <div className="mt-4 border-t border-gray-100 pt-3">
                <ReviewButton assetId={asset.id} version={asset.version} />
              </div>
            ) : null}
          </Card>
          <Card title={t.detail.requirements}>
            <p className="mb-3 text-sm text-gray-800">{t.detail.requirementsIntro}</p>
            <RequirementsSection
              asset={asset}
              requirements={requirements.items}
              model={model}
              editable={editable}
              createsActions={createsActions}
              t={t}
              empty={asset.protectionLevel === null ? t.detail.notClassifiedRequirements : t.detail.noRequirements}
            />
          </Card>
          {actions ? (
            <Card title={t.detail.actions}>
              {createsActions ? (
                <div className="no-print mb-3">
                  <ButtonLink href={`/atgarder/ny?sourceType=asset&sourceId=${asset.id}&returnTo=${encodeURIComponent(path)}`} variant="secondary">
                    {t.detail.newAction}
                  </ButtonLink>
                </div>
              ) : null}
              <ActionsTable actions={actions} showSource={false} />
            </Card>
          ) : null}
          <LinkedRecords risks={linked.risks} incidents={linked.incidents} t={t} />
          {files ? <FilesPanel {...files} /> : null}
          <Card title={t.detail.history}>
            <ClassificationHistory entries={history.items} t={t} />
          </Card>
        </div>
        <div className="grid min-w-0 content-start gap-6">
          <Card title={t.detail.facts}>
            <Facts narrow>
              <Fact label={t.fields.kind}>{t.kinds[asset.kind]}</Fact>
              <Fact label={t.fields.orgUnit}>{asset.orgUnitName}</Fact>
              <Fact label={t.fields.owner}>{asset.ownerName ?? t.noOwner}</Fact>
              <Fact label={t.fields.description} multiline>{asset.description ?? t.notSet}</Fact>
              <Fact label={t.personalDataShort}>{asset.personalData ? core.common.yes : core.common.no}</Fact>
              <Fact label={t.sensitiveShort}>{asset.sensitivePersonalData ? core.common.yes : core.common.no}</Fact>
              <Fact label={t.fields.legalRequirements} multiline>{asset.legalRequirements ?? t.notSet}</Fact>
            </Facts>
          </Card>
          <Card title={holder ? t.detail.held : t.detail.heldBy}>
            <HeldInformation asset={asset} model={model} t={t} />
          </Card>
          {can(principal, "suppliers.read") ? <AssetContracts contracts={await contractsForAsset(principal, asset.id)} /> : null}
          <AuditHistory events={await recordHistory(principal, "asset", asset.id)} title={t.detail.changeLog} />
        </div>
      </div>
    </>
  );
}
