import { ReportForm } from "@/components/incidents/ReportForm";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { getMessages } from "@/lib/i18n/server";
import { incidentMessages } from "@/lib/incidents/messages";
import { incidentCategories } from "@/lib/incidents/settings";

/** The reporting form for everyone (role reporter and up). */
export default async function ReportIncidentPage() {
  const principal = await pagePrincipal();
  if (!can(principal, "incidents.report")) return <Forbidden />;
  const [t, categories] = await Promise.all([getMessages(incidentMessages), incidentCategories(principal)]);
  return (
    <>
      <PageHeader title={t.report} />
      <ReportForm categories={categories.items} />
    </>
  );
}
