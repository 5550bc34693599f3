import { SectionTabs } from "@/components/ui/SectionTabs";
import { getMessages } from "@/lib/i18n/server";
import { managementReviewMessages } from "@/lib/management-reviews/messages";
import { objectiveMessages } from "@/lib/objectives/messages";

const TABS = [
  ["reviews", "/ledningens-genomgang"],
  ["objectives", "/ledningens-genomgang/mal"],
] as const;

/** Sub-navigation of Ledningens genomgång: the reviews and the objectives they decide on. */
export async function ReviewTabs({ current }: { current: (typeof TABS)[number][0] }) {
  const [reviews, t] = await Promise.all([getMessages(managementReviewMessages), getMessages(objectiveMessages)]);
  return <SectionTabs label={reviews.title} tabs={TABS.map(([key, href]) => ({ key, href, label: t.tabs[key] }))} current={current} />;
}
