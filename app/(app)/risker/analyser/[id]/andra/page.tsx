import { notFound } from "next/navigation";
import { AnalysisForm } from "@/components/risks/AnalysisForm";
import { RiskTabs } from "@/components/risks/RiskTabs";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { AppError } from "@/lib/errors";
import { getMessages } from "@/lib/i18n/server";
import { getRiskAnalysis } from "@/lib/risk-analyses/queries";
import { riskMessages } from "@/lib/risks/messages";
import { orgUnitOptions, riskAssetOptions } from "@/lib/risks/page-data";

export default async function EditRiskAnalysisPage({ params }: { params: Promise<{ id: string }> }) {
  const principal = await pagePrincipal();
  if (!can(principal, "risk-analyses.write")) return <Forbidden />;
  const { id } = await params;
  const analysis = await getRiskAnalysis(principal, id).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  });
  const [t, orgUnits, assets] = await Promise.all([getMessages(riskMessages), orgUnitOptions(principal), riskAssetOptions(principal)]);
  return (
    <>
      <PageHeader title={t.analyses.editAnalysis} description={analysis.title} />
      <RiskTabs current="analyses" />
      <AnalysisForm orgUnits={orgUnits} assets={assets} analysis={analysis} />
    </>
  );
}
