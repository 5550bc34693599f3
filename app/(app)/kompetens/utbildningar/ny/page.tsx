import { CompetenceTabs } from "@/components/competence/CompetenceTabs";
import { TrainingForm } from "@/components/competence/TrainingForm";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { competenceMessages } from "@/lib/competence/messages";
import { getMessages } from "@/lib/i18n/server";

export default async function NewTrainingPage() {
  const principal = await pagePrincipal();
  if (!can(principal, "competence.write")) return <Forbidden />;
  const t = await getMessages(competenceMessages);
  return (
    <>
      <PageHeader title={t.trainings.new} />
      <CompetenceTabs current="trainings" canWrite />
      <TrainingForm />
    </>
  );
}
