import { AnalysisForm } from "@/components/risks/AnalysisForm";
import { RiskTabs } from "@/components/risks/RiskTabs";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { getMessages } from "@/lib/i18n/server";
import { loadRecord, type RecordPageProps } from "@/lib/page/load-record";
import { getRiskAnalysis } from "@/lib/risk-analyses/queries";
import { riskMessages } from "@/lib/risks/messages";
import { assetOptionsById } from "@/lib/assets/options";
import { orgUnitOptions } from "@/lib/org-units/queries";

export default async function EditRiskAnalysisPage({ params }: RecordPageProps) {
  const principal = await pagePrincipal();
  if (!can(principal, "risk-analyses.write")) return <Forbidden />;
  const analysis = await loadRecord(params, (id) => getRiskAnalysis(principal, id));
  if (!analysis) return <Forbidden />;
  const [t, orgUnits, assets] = await Promise.all([getMessages(riskMessages), orgUnitOptions(principal), assetOptionsById(principal, analysis.assetIds)]);
  return (
    <>
      <PageHeader title={t.analyses.editAnalysis} description={analysis.title} />
      <RiskTabs current="analyses" />
      <AnalysisForm orgUnits={orgUnits} selectedAssets={assets} analysis={analysis} />
    </>
  );
}
