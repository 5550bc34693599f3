import { SectionTabs } from "@/components/ui/SectionTabs";
import { getMessages } from "@/lib/i18n/server";
import { riskMessages } from "@/lib/risks/messages";

/** Sub-navigation between the register and the analyses. */
export async function RiskTabs({ current }: { current?: "register" | "analyses" }) {
  const t = await getMessages(riskMessages);
  const tabs = [
    { key: "register" as const, href: "/risker", label: t.tabs.register },
    { key: "analyses" as const, href: "/risker/analyser", label: t.tabs.analyses },
  ];
  return <SectionTabs label={t.sectionLabel} tabs={tabs} current={current} />;
}
