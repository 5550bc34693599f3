import { ReviewTabs } from "@/components/management-reviews/ReviewTabs";
import { DeleteObjectiveButton } from "@/components/objectives/DeleteObjectiveButton";
import { ObjectiveForm } from "@/components/objectives/ObjectiveForm";
import { Card } from "@/components/ui/Card";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { getLocale } from "@/lib/i18n/server";
import { objectiveMessages } from "@/lib/objectives/messages";
import { indicatorChoices } from "@/lib/objectives/page-data";
import { getObjective } from "@/lib/objectives/queries";
import { loadRecord, type RecordPageProps } from "@/lib/page/load-record";

export default async function EditObjectivePage({ params }: RecordPageProps) {
  const principal = await pagePrincipal();
  if (!can(principal, "management-reviews.write")) return <Forbidden />;
  const objective = await loadRecord(params, (id) => getObjective(principal, id));
  if (!objective) return <Forbidden />;
  const locale = await getLocale();
  const indicators = await indicatorChoices(principal, locale);
  return (
    <>
      <PageHeader title={`${objectiveMessages[locale].edit}: ${objective.title}`} actions={<DeleteObjectiveButton id={objective.id} title={objective.title} />} />
      <ReviewTabs current="objectives" />
      <Card>
        <ObjectiveForm objective={objective} indicators={indicators} />
      </Card>
    </>
  );
}
