import { CompetenceTabs } from "@/components/competence/CompetenceTabs";
import { CoverageTable } from "@/components/competence/CoverageTable";
import { PersonTrainingsTable } from "@/components/competence/PersonTrainingsTable";
import { Card } from "@/components/ui/Card";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import type { Principal } from "@/lib/authz/roles";
import { getCoverage } from "@/lib/competence/coverage";
import { competenceMessages } from "@/lib/competence/messages";
import { myTrainings } from "@/lib/competence/person-trainings";
import { getMessages } from "@/lib/i18n/server";

/** Without access to the register (a reporter), the page shows the caller's own trainings only. */
async function OwnTrainings({ principal }: { principal: Principal }) {
  const [t, own] = await Promise.all([getMessages(competenceMessages), myTrainings(principal)]);
  return (
    <>
      <PageHeader title={t.mine} />
      <PersonTrainingsTable items={own.items} link={false} />
    </>
  );
}

/** Kompetens: the share of active staff current on their mandatory trainings, per unit and target group. */
export default async function CompetencePage() {
  const principal = await pagePrincipal();
  if (!can(principal, "competence.read")) return <OwnTrainings principal={principal} />;
  const [t, coverage] = await Promise.all([getMessages(competenceMessages), getCoverage(principal)]);
  return (
    <>
      <PageHeader title={t.title} description={t.description} />
      <CompetenceTabs current="overview" canWrite={can(principal, "competence.write")} />
      <p className="mb-4 text-sm text-gray-900" data-testid="coverage-total">{t.overview.total(coverage.current, coverage.people)}</p>
      <div className="grid gap-4 xl:grid-cols-2">
        <Card title={t.overview.byUnit}>
          <CoverageTable rows={coverage.byUnit} caption={t.overview.byUnit} kind="unit" />
        </Card>
        <Card title={t.overview.byGroup}>
          <CoverageTable rows={coverage.byGroup} caption={t.overview.byGroup} kind="group" />
        </Card>
      </div>
    </>
  );
}
