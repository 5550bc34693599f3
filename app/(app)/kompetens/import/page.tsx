import { CompetenceTabs } from "@/components/competence/CompetenceTabs";
import { HrImportForm } from "@/components/competence/HrImportForm";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { competenceMessages } from "@/lib/competence/messages";
import { getMessages } from "@/lib/i18n/server";

/** HR sync: preview what the HR system's export changes, then confirm. */
export default async function HrImportPage() {
  const principal = await pagePrincipal();
  if (!can(principal, "competence.write")) return <Forbidden />;
  const t = await getMessages(competenceMessages);
  return (
    <>
      <PageHeader title={t.import.heading} />
      <CompetenceTabs current="import" canWrite />
      <HrImportForm />
    </>
  );
}
