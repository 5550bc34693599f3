import { CompetenceTabs } from "@/components/competence/CompetenceTabs";
import { TrainingForm } from "@/components/competence/TrainingForm";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { competenceMessages } from "@/lib/competence/messages";
import { getTraining } from "@/lib/competence/queries";
import { getMessages } from "@/lib/i18n/server";
import { loadRecord, type RecordPageProps } from "@/lib/page/load-record";

export default async function EditTrainingPage({ params }: RecordPageProps) {
  const principal = await pagePrincipal();
  if (!can(principal, "competence.write")) return <Forbidden />;
  const training = await loadRecord(params, (id) => getTraining(principal, id));
  if (!training) return <Forbidden />;
  const t = await getMessages(competenceMessages);
  return (
    <>
      <PageHeader title={`${t.people.edit}: ${training.title}`} />
      <CompetenceTabs current="trainings" canWrite />
      <TrainingForm training={training} />
    </>
  );
}
