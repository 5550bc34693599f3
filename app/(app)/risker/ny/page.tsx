import { RiskForm } from "@/components/risks/RiskForm";
import { RiskTabs } from "@/components/risks/RiskTabs";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { getMessages } from "@/lib/i18n/server";
import { plainParams, type SearchParams } from "@/lib/page/search-params";
import { riskMessages } from "@/lib/risks/messages";
import { assetOptionsById } from "@/lib/assets/options";
import { analysisAssetIds, riskAnalysisOptions } from "@/lib/risks/page-data";
import { acceptanceLimit } from "@/lib/risks/rules";
import { riskSettings } from "@/lib/risks/settings";

/** New risk; `?analysisId=…` prefills the analysis and its assets, `returnTo` is where to go after saving. */
export default async function NewRiskPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const principal = await pagePrincipal();
  if (!can(principal, "risks.propose")) return <Forbidden />;
  // Information owners propose risks on the assets they own.
  const proposing = !can(principal, "risks.write");
  const params = plainParams(await searchParams);
  const [t, settings, analyses] = await Promise.all([
    getMessages(riskMessages),
    riskSettings.read(principal),
    riskAnalysisOptions(principal),
  ]);
  const analysis = analyses.find((a) => a.id === params.analysisId);
  const analysisAssets = analysis ? await assetOptionsById(principal, await analysisAssetIds(principal, analysis.id), { mine: proposing }) : [];
  const returnTo = params.returnTo?.startsWith("/") && !params.returnTo.startsWith("//") ? params.returnTo : undefined;
  return (
    <>
      <PageHeader title={proposing ? t.proposeRisk : t.newRisk} description={analysis ? `${t.fields.analysis}: ${analysis.title}` : undefined} />
      <RiskTabs current="register" />
      <RiskForm
        bands={settings.bands}
        acceptLimit={acceptanceLimit(principal.role, false, settings.acceptance)}
        selectedAssets={analysisAssets}
        ownAssetsOnly={proposing}
        analyses={analyses}
        defaults={{ analysisId: analysis?.id }}
        returnTo={returnTo}
        hint={proposing ? t.proposeHint : undefined}
      />
    </>
  );
}
