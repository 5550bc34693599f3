import { AuditHistory } from "@/components/audit/AuditHistory";
import { CompetenceTabs } from "@/components/competence/CompetenceTabs";
import { PersonTrainingsTable } from "@/components/competence/PersonTrainingsTable";
import { ButtonLink } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { Fact, Facts } from "@/components/ui/Facts";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { recordHistory } from "@/lib/audit/queries";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { competenceMessages } from "@/lib/competence/messages";
import { personTrainings } from "@/lib/competence/person-trainings";
import { getPerson } from "@/lib/competence/queries";
import { formatDate } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { loadRecord, type RecordPageProps } from "@/lib/page/load-record";

/** A person: who they are and where they stand on each of their trainings. */
export default async function PersonPage({ params }: RecordPageProps) {
  const principal = await pagePrincipal();
  if (!can(principal, "competence.read")) return <Forbidden />;
  const person = await loadRecord(params, (id) => getPerson(principal, id));
  if (!person) return <Forbidden />;
  const [t, trainings] = await Promise.all([getMessages(competenceMessages), personTrainings(principal, person.id)]);
  return (
    <>
      <PageHeader title={person.name} actions={can(principal, "competence.write") ? <ButtonLink href={`/kompetens/personer/${person.id}/andra`}>{t.people.edit}</ButtonLink> : null} />
      <CompetenceTabs current="people" canWrite={can(principal, "competence.write")} />
      <Card className="mb-4">
        <Facts>
          <Fact label={t.fields.employeeNumber}>{person.employeeNumber ?? "–"}</Fact>
          <Fact label={t.fields.email}>{person.email ?? "–"}</Fact>
          <Fact label={t.fields.orgUnit}>{person.orgUnitName ?? "–"}</Fact>
          <Fact label={t.fields.targetGroups}>{person.targetGroups.map((g) => t.groups[g as keyof typeof t.groups] ?? g).join(", ") || "–"}</Fact>
          <Fact label={t.fields.startedAt}>{formatDate(person.startedAt)}</Fact>
          <Fact label={t.fields.endedAt}>{formatDate(person.endedAt)}</Fact>
        </Facts>
      </Card>
      <PersonTrainingsTable items={trainings.items} />
      <AuditHistory events={await recordHistory(principal, "person", person.id)} title={t.history} />
    </>
  );
}
