import { ReviewTabs } from "@/components/management-reviews/ReviewTabs";
import { ObjectiveForm } from "@/components/objectives/ObjectiveForm";
import { Card } from "@/components/ui/Card";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { getLocale } from "@/lib/i18n/server";
import { objectiveMessages } from "@/lib/objectives/messages";
import { indicatorChoices } from "@/lib/objectives/page-data";

export default async function NewObjectivePage() {
  const principal = await pagePrincipal();
  if (!can(principal, "management-reviews.write")) return <Forbidden />;
  const locale = await getLocale();
  const indicators = await indicatorChoices(principal, locale);
  return (
    <>
      <PageHeader title={objectiveMessages[locale].newObjective} />
      <ReviewTabs current="objectives" />
      <Card>
        <ObjectiveForm indicators={indicators} />
      </Card>
    </>
  );
}
