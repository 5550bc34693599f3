import Link from "next/link";
import { ActionsTable } from "@/components/actions/ActionsTable";
import { AssetDashboardCard } from "@/components/assets/DashboardCard";
import { AtAGlance } from "@/components/dashboard/AtAGlance";
import { IndicatorList } from "@/components/dashboard/IndicatorList";
import { EscalatedFindingsCard } from "@/components/findings/DashboardCard";
import { MaturityCard } from "@/components/dashboard/MaturityCard";
import { IncidentDashboardCard, ReportIncidentCard } from "@/components/incidents/DashboardCard";
import { AwaitingDecisionCard } from "@/components/risks/AwaitingDecisionCard";
import { ObjectivesDashboardCard } from "@/components/objectives/DashboardCard";
import { RiskDashboardCard } from "@/components/risks/DashboardCard";
import { SupplierDashboardCard } from "@/components/suppliers/DashboardCard";
import { Card } from "@/components/ui/Card";
import { PageHeader } from "@/components/ui/PageHeader";
import { ButtonLink } from "@/components/ui/Button";
import { managementReviewMessages } from "@/lib/management-reviews/messages";
import { listActions } from "@/lib/actions/queries";
import { actionListQuerySchema } from "@/lib/actions/schema";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { dashboardMessages } from "@/lib/dashboard/messages";
import { formatDate } from "@/lib/format";
import { currentIndicators } from "@/lib/indicators/queries";
import { getMessages } from "@/lib/i18n/server";
import { PERSPECTIVE_KEYS } from "@/lib/maturity/msb-model";
import { awaitingMyDecision } from "@/lib/risks/acceptance-proposals";
import { riskMessages } from "@/lib/risks/messages";

function Metric({ label, value, href }: { label: string; value: number; href: string }) {
  return (
    <Link href={href} className="block rounded-lg border border-gray-200 bg-white p-4 shadow-sm hover:border-blue-400">
      <p className="text-sm text-gray-800">{label}</p>
      <p className="mt-1 text-3xl font-semibold text-gray-900">{value}</p>
    </Link>
  );
}

/** The management dashboard: each register's card, actions, maturity and the indicators, all live from the data. */
export default async function OverviewPage() {
  const principal = await pagePrincipal();
  const t = await getMessages(dashboardMessages);
  const readsActions = can(principal, "actions.read");
  const list = (input: Record<string, string>) => listActions(principal, actionListQuerySchema.parse({ pageSize: "5", ...input }));
  const [overdue, open, mine, indicators, awaiting, riskTexts] = await Promise.all([
    readsActions ? list({ overdue: "true" }) : null,
    readsActions ? list({ open: "true" }) : null,
    readsActions ? list({ ownerId: principal.userId, open: "true" }) : null,
    can(principal, "indicators.read") ? currentIndicators(principal) : null,
    can(principal, "risks.accept") ? awaitingMyDecision(principal) : [],
    getMessages(riskMessages),
  ]);
  const reviewTexts = await getMessages(managementReviewMessages);
  return (
    <>
      <PageHeader
        title={t.title}
        description={t.description}
        actions={can(principal, "management-reviews.read") ? <ButtonLink href="/ledningens-genomgang" variant="secondary">{reviewTexts.overviewLink}</ButtonLink> : undefined}
      />
      <AtAGlance principal={principal} />
      {overdue && open ? (
        <div className="mb-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Metric label={t.overdueActions} value={overdue.total} href="/atgarder?overdue=true" />
          <Metric label={t.openActions} value={open.total} href="/atgarder?open=true" />
        </div>
      ) : null}
      {awaiting.length ? (
        <div className="mb-6">
          <AwaitingDecisionCard risks={awaiting} t={riskTexts} />
        </div>
      ) : null}
      <div className="mb-6 grid gap-6 lg:grid-cols-2 2xl:grid-cols-3">
        <ReportIncidentCard principal={principal} />
        <IncidentDashboardCard principal={principal} />
        <RiskDashboardCard principal={principal} />
        <AssetDashboardCard principal={principal} />
        <SupplierDashboardCard principal={principal} />
        <MaturityCard principal={principal} />
        <ObjectivesDashboardCard principal={principal} />
        <EscalatedFindingsCard principal={principal} />
      </div>
      <div className="grid gap-6 xl:grid-cols-2">
        {mine ? (
          <Card title={t.myActions}>
            <ActionsTable actions={mine.items} showSource={false} />
          </Card>
        ) : null}
        {indicators ? (
          <Card title={t.indicators}>
            <p className="mb-2 text-sm text-gray-700">
              {t.indicatorsWindow}: {formatDate(indicators.from)} – {formatDate(indicators.to)}
            </p>
            {PERSPECTIVE_KEYS.map((perspective) => (
              <section key={perspective} className="mb-3">
                <h3 className="font-semibold text-gray-900">{t.perspectives[perspective]}</h3>
                <IndicatorList indicators={indicators.items.filter((item) => item.perspective === perspective)} />
              </section>
            ))}
          </Card>
        ) : null}
      </div>
    </>
  );
}
