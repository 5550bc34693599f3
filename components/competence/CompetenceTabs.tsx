import { SectionTabs } from "@/components/ui/SectionTabs";
import { competenceMessages } from "@/lib/competence/messages";
import { getMessages } from "@/lib/i18n/server";

const TABS = [
  ["overview", "/kompetens"],
  ["people", "/kompetens/personer"],
  ["trainings", "/kompetens/utbildningar"],
  ["overdue", "/kompetens/forsenade"],
  ["surveys", "/kompetens/kartlaggningar"],
  ["import", "/kompetens/import"],
] as const;

type Tab = (typeof TABS)[number][0];

/** Sub-navigation of the competence register. */
export async function CompetenceTabs({ current, canWrite }: { current?: Tab; canWrite: boolean }) {
  const t = await getMessages(competenceMessages);
  const tabs = TABS.filter(([key]) => key !== "import" || canWrite).map(([key, href]) => ({ key, href, label: t.tabs[key] }));
  return <SectionTabs label={t.title} tabs={tabs} current={current} />;
}
