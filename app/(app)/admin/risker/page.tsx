import { BAND_TONES } from "@/components/risks/RiskLevelBadge";
import { RiskSettingsForm } from "@/components/risks/RiskSettingsForm";
import { DataTable } from "@/components/table/DataTable";
import { Badge } from "@/components/ui/Badge";
import { Card } from "@/components/ui/Card";
import { Forbidden } from "@/components/ui/Forbidden";
import { Notice } from "@/components/ui/Notice";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { coreMessages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { riskMessages } from "@/lib/risks/messages";
import { bandRange } from "@/lib/risks/rules";
import { RISK_BANDS } from "@/lib/risks/schema";
import { riskSettings } from "@/lib/risks/settings";
import { ACCEPTANCE_DECIDERS } from "@/lib/risks/settings-schema";

/** The levels likelihood × consequence can take on the 1–4 scales. */
const LEVELS = [1, 2, 3, 4, 6, 8, 9, 12, 16];

/** Risk bands and acceptance criteria: editable by admin only, readable by everyone who reads risks. */
export default async function RiskSettingsPage() {
  const principal = await pagePrincipal();
  if (!can(principal, "risks.read")) return <Forbidden />;
  const [t, core, settings] = await Promise.all([getMessages(riskMessages), getMessages(coreMessages), riskSettings.read(principal)]);
  const s = t.settings;
  const editable = can(principal, "risk-acceptance-criteria.manage");
  return (
    <>
      <PageHeader title={s.title} description={s.description} />
      <div className="mb-6 grid gap-6 lg:grid-cols-2">
        <Card title={s.bandsTitle}>
          <ul className="flex flex-wrap gap-2" data-testid="risk-bands">
            {RISK_BANDS.map((band) => {
              const { gte, lte } = bandRange(band, settings.bands);
              const levels = LEVELS.filter((level) => level >= gte && level <= lte);
              return (
                <li key={band}>
                  <Badge tone={BAND_TONES[band]}>{s.bandRange(t.bands[band], levels)}</Badge>
                </li>
              );
            })}
          </ul>
        </Card>
        <Card title={s.criteriaTitle}>
          <DataTable
            caption={s.criteriaCaption}
            rows={[...ACCEPTANCE_DECIDERS]}
            rowKey={(d) => d}
            empty={core.empty.records}
            columns={[
              { key: "decider", header: s.decider, cell: (d) => s.deciders[d] },
              { key: "max", header: s.maxBand, cell: (d) => (settings.acceptance[d] ? t.bands[settings.acceptance[d]] : s.mayNot) },
            ]}
          />
        </Card>
        <Card title={s.confirmTitle}>
          <p className="text-sm text-gray-800" data-testid="risk-confirm-setting">{settings.requireDeciderConfirmation ? s.confirmOn : s.confirmOff}</p>
        </Card>
      </div>
      {editable ? (
        <Card title={core.common.edit}>
          <RiskSettingsForm settings={settings} />
        </Card>
      ) : (
        <Notice title={s.title}>{s.readOnly}</Notice>
      )}
    </>
  );
}
