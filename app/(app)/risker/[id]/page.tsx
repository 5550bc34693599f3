import Link from "next/link";
import { ActionsTable } from "@/components/actions/ActionsTable";
import { AuditHistory } from "@/components/audit/AuditHistory";
import { recordHistory } from "@/lib/audit/queries";
import { AcceptanceSection } from "@/components/risks/AcceptanceSection";
import { AssetLinks } from "@/components/risks/AssetLinks";
import { LevelHistory } from "@/components/risks/LevelHistory";
import { RiskLevelBadge } from "@/components/risks/RiskLevelBadge";
import { RiskStatement } from "@/components/risks/RiskStatement";
import { RiskTabs } from "@/components/risks/RiskTabs";
import { Badge } from "@/components/ui/Badge";
import { ButtonLink } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { Fact, Facts } from "@/components/ui/Facts";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { actionsFor } from "@/lib/actions/queries";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { formatDate } from "@/lib/format";
import { coreMessages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { loadRecord, type RecordPageProps } from "@/lib/page/load-record";
import { riskMessages } from "@/lib/risks/messages";
import { riskIncidents, riskLinks } from "@/lib/risks/page-data";
import { getRisk, riskHistory } from "@/lib/risks/queries";
import { riskSettings } from "@/lib/risks/settings";

type Scale = 1 | 2 | 3 | 4;

export default async function RiskPage({ params }: RecordPageProps) {
  const principal = await pagePrincipal();
  if (!can(principal, "risks.read")) return <Forbidden />;
  const risk = await loadRecord(params, (id) => getRisk(principal, id));
  if (!risk) return <Forbidden />;
  const readsActions = can(principal, "actions.read");
  const [t, core, settings, history, links, actions, incidents] = await Promise.all([
    getMessages(riskMessages),
    getMessages(coreMessages),
    riskSettings.read(principal),
    riskHistory(principal, risk.id),
    riskLinks(principal, risk),
    readsActions ? actionsFor(principal, "risk", risk.id) : null,
    riskIncidents(principal, risk.id),
  ]);
  const path = `/risker/${risk.id}`;
  const newActionHref = `/atgarder/ny?sourceType=risk&sourceId=${risk.id}&returnTo=${encodeURIComponent(path)}`;

  return (
    <>
      <PageHeader
        title={risk.title}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <RiskLevelBadge level={risk.level} band={risk.band} labels={t.bands} />
            <Badge>{t.statuses[risk.status]}</Badge>
            {risk.reviewOverdue ? <Badge tone="red">{t.reviewOverdue}</Badge> : null}
            {risk.actionsOverdue > 0 ? <Badge tone="red">{t.actionsOverdue(risk.actionsOverdue)}</Badge> : null}
          </span>
        }
        actions={can(principal, "risks.write") ? <ButtonLink href={`${path}/andra`} variant="secondary">{t.editRisk}</ButtonLink> : null}
      />
      <RiskTabs />
      <div className="grid gap-6 xl:grid-cols-3">
        <div className="grid content-start gap-6 xl:col-span-2">
          <Card title={t.fields.statement}>
            <RiskStatement cause={risk.cause} event={risk.event} consequence={risk.consequenceText} t={t.statement} />
          </Card>
          <Card title={t.detail.levels}>
            <Facts>
              <Fact label={t.detail.current}>
                <span className="inline-flex flex-wrap items-center gap-2"><RiskLevelBadge level={risk.level} band={risk.band} labels={t.bands} /> {t.fields.likelihood} {risk.likelihood} ({t.likelihoodNames[risk.likelihood as Scale]}) × {t.fields.consequence} {risk.consequence} ({t.consequenceNames[risk.consequence as Scale]})</span>
              </Fact>
              <Fact label={t.fields.treatment}>{risk.treatment ? t.treatments[risk.treatment] : t.noTreatment}</Fact>
              <Fact label={t.detail.residual}>
                <span className="inline-flex flex-wrap items-center gap-2" data-testid="residual-level">
                  <RiskLevelBadge level={risk.residualLevel} band={risk.residualBand} labels={t.bands} empty={t.notSet} />
                  {risk.residualLikelihood && risk.residualConsequence ? `${t.fields.likelihood} ${risk.residualLikelihood} × ${t.fields.consequence} ${risk.residualConsequence}` : null}
                </span>
              </Fact>
              <Fact label={t.fields.status}>{t.statuses[risk.status]}</Fact>
            </Facts>
            <p className="mt-2 text-xs text-gray-700">{t.detail.residualHint}</p>
          </Card>
          <Card title={t.detail.acceptance}>
            <AcceptanceSection principal={principal} risk={risk} criteria={settings.acceptance} t={t} />
          </Card>
          {actions ? (
            <Card title={t.detail.actions}>
              {can(principal, "actions.create") ? (
                <div className="no-print mb-3">
                  <ButtonLink href={newActionHref}>{t.detail.newAction}</ButtonLink>
                </div>
              ) : null}
              <ActionsTable actions={actions} showSource={false} />
            </Card>
          ) : null}
          <Card title={t.detail.history}>
            <LevelHistory changes={history.items} t={t} empty={core.empty.history} />
          </Card>
        </div>
        <div className="grid content-start gap-6">
          <Card title={t.detail.facts}>
            <Facts narrow>
              <Fact label={t.fields.owner}>{risk.ownerName ?? t.noOwner}</Fact>
              <Fact label={t.fields.analysis}>
                {links.analysis ? <Link className="text-blue-800 underline" href={`/risker/analyser/${links.analysis.id}`}>{links.analysis.title}</Link> : t.noAnalysis}
              </Fact>
              <Fact label={t.fields.assets}>
                <AssetLinks assets={links.assets} empty={t.noneSelected} />
              </Fact>
              <Fact label={t.fields.identifiedAt}>{formatDate(risk.identifiedAt)}</Fact>
              <Fact label={t.fields.reviewDueAt}>{formatDate(risk.reviewDueAt)}</Fact>
              {risk.source ? (
                <Fact label={t.fields.source}>
                  <Link className="text-blue-800 underline" href={`/incidenter/${risk.source.id}`}>{t.fromIncident}</Link>
                </Fact>
              ) : null}
            </Facts>
          </Card>
          {incidents ? (
            <Card title={t.detail.incidents}>
              {incidents.length ? (
                <ul className="space-y-1 text-sm">
                  {incidents.map((incident) => (
                    <li key={incident.id}>
                      <Link className="text-blue-800 underline" href={`/incidenter/${incident.id}`}>{incident.reference} {incident.title}</Link>{" "}
                      <span className="text-gray-700">({formatDate(incident.occurredAt)})</span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-sm text-gray-800">{t.detail.noIncidents}</p>
              )}
            </Card>
          ) : null}
          <AuditHistory events={await recordHistory(principal, "risk", risk.id)} title={t.detail.changeLog} />
        </div>
      </div>
    </>
  );
}
