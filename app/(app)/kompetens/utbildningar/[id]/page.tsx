import { CompetenceTabs } from "@/components/competence/CompetenceTabs";
import { RecordsImportForm } from "@/components/competence/RecordsImportForm";
import { RoundForm } from "@/components/competence/RoundForm";
import { RoundsTable } from "@/components/competence/RoundsTable";
import { SessionForm } from "@/components/competence/SessionForm";
import { ButtonLink } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { Fact, Facts } from "@/components/ui/Facts";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { competenceMessages } from "@/lib/competence/messages";
import { listRounds } from "@/lib/competence/phishing";
import { getTraining } from "@/lib/competence/queries";
import { getMessages } from "@/lib/i18n/server";
import { orgUnitOptions } from "@/lib/org-units/queries";
import { loadRecord, type RecordPageProps } from "@/lib/page/load-record";

/** A training: its rules, a session registration for the keepers, and a phishing exercise's rounds. */
export default async function TrainingPage({ params }: RecordPageProps) {
  const principal = await pagePrincipal();
  if (!can(principal, "competence.read")) return <Forbidden />;
  const training = await loadRecord(params, (id) => getTraining(principal, id));
  if (!training) return <Forbidden />;
  const phishing = training.kind === "phishing_exercise";
  const [t, units, rounds] = await Promise.all([getMessages(competenceMessages), orgUnitOptions(principal), phishing ? listRounds(principal, training.id) : null]);
  return (
    <>
      <PageHeader
        title={training.title}
        description={training.description ?? undefined}
        actions={can(principal, "competence.write") ? <ButtonLink href={`/kompetens/utbildningar/${training.id}/andra`}>{t.people.edit}</ButtonLink> : null}
      />
      <CompetenceTabs current="trainings" canWrite={can(principal, "competence.write")} />
      <Card className="mb-4">
        <Facts>
          <Fact label={t.fields.kind}>{t.kinds[training.kind]}</Fact>
          <Fact label={t.fields.status}>{t.statuses[training.status]}</Fact>
          <Fact label={t.fields.mandatory}>{training.mandatory ? "✓" : "–"}</Fact>
          <Fact label={t.fields.recurrenceMonths}>{training.recurrenceMonths ?? "–"}</Fact>
          <Fact label={t.fields.newStaffWithinDays}>{training.newStaffWithinDays ?? "–"}</Fact>
          <Fact label={t.fields.targetGroups}>{training.targetGroups.map((g) => t.groups[g as keyof typeof t.groups] ?? g).join(", ")}</Fact>
          <Fact label={t.fields.area}>
            <ul lang="sv">{training.knowledgeAreas.map((area) => <li key={area}>{t.areas[area]}</li>)}</ul>
          </Fact>
        </Facts>
      </Card>
      {rounds ? <Card title={t.trainings.rounds} className="mb-4"><RoundsTable rounds={rounds.items} /></Card> : null}
      {rounds && can(principal, "competence.write") ? <Card title={t.rounds.add} className="mb-4"><RoundForm trainingId={training.id} /></Card> : null}
      {can(principal, "competence.write") && !phishing ? (
        <div className="grid gap-4 xl:grid-cols-2">
          <Card title={t.trainings.session}>
            <SessionForm trainingId={training.id} units={units} />
          </Card>
          <Card title={t.recordsImport.heading}>
            <RecordsImportForm trainingId={training.id} />
          </Card>
        </div>
      ) : null}
    </>
  );
}
