import { CompetenceTabs } from "@/components/competence/CompetenceTabs";
import { PersonForm } from "@/components/competence/PersonForm";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { competenceMessages } from "@/lib/competence/messages";
import { getMessages } from "@/lib/i18n/server";
import { orgUnitOptions } from "@/lib/org-units/queries";

export default async function NewPersonPage() {
  const principal = await pagePrincipal();
  if (!can(principal, "competence.write")) return <Forbidden />;
  const [t, units] = await Promise.all([getMessages(competenceMessages), orgUnitOptions(principal)]);
  return (
    <>
      <PageHeader title={t.people.new} />
      <CompetenceTabs current="people" canWrite />
      <PersonForm orgUnits={units} />
    </>
  );
}
