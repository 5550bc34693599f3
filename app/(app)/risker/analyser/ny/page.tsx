import { AnalysisForm } from "@/components/risks/AnalysisForm";
import { RiskTabs } from "@/components/risks/RiskTabs";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { getMessages } from "@/lib/i18n/server";
import { riskMessages } from "@/lib/risks/messages";
import { orgUnitOptions } from "@/lib/org-units/queries";

export default async function NewRiskAnalysisPage() {
  const principal = await pagePrincipal();
  if (!can(principal, "risk-analyses.write")) return <Forbidden />;
  const [t, orgUnits] = await Promise.all([getMessages(riskMessages), orgUnitOptions(principal)]);
  return (
    <>
      <PageHeader title={t.analyses.newAnalysis} description={t.analyses.description} />
      <RiskTabs current="analyses" />
      <AnalysisForm orgUnits={orgUnits} selectedAssets={[]} />
    </>
  );
}
