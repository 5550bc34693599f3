import { RiskForm } from "@/components/risks/RiskForm";
import { RiskTabs } from "@/components/risks/RiskTabs";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { getMessages } from "@/lib/i18n/server";
import { loadRecord, type RecordPageProps } from "@/lib/page/load-record";
import { riskMessages } from "@/lib/risks/messages";
import { assetOptionsById } from "@/lib/assets/options";
import { riskAnalysisOptions } from "@/lib/risks/page-data";
import { getRisk } from "@/lib/risks/queries";
import { acceptanceLimit } from "@/lib/risks/rules";
import { riskSettings } from "@/lib/risks/settings";

export default async function EditRiskPage({ params }: RecordPageProps) {
  const principal = await pagePrincipal();
  if (!can(principal, "risks.write")) return <Forbidden />;
  const risk = await loadRecord(params, (id) => getRisk(principal, id));
  if (!risk) return <Forbidden />;
  const [t, settings, assets, analyses] = await Promise.all([
    getMessages(riskMessages),
    riskSettings.read(principal),
    assetOptionsById(principal, risk.assetIds),
    riskAnalysisOptions(principal),
  ]);
  return (
    <>
      <PageHeader title={t.editRisk} description={risk.title} />
      <RiskTabs />
      <RiskForm bands={settings.bands} selectedAssets={assets} analyses={analyses} risk={risk} acceptLimit={acceptanceLimit(principal.role, risk.ownerId === principal.userId, settings.acceptance)} />
    </>
  );
}
