import { SectionTabs } from "@/components/ui/SectionTabs";
import { getMessages } from "@/lib/i18n/server";
import { supplierMessages } from "@/lib/suppliers/messages";

/** Sub-navigation between suppliers, contracts and the contract calendar. */
export async function SupplierTabs({ current }: { current?: "suppliers" | "contracts" | "calendar" }) {
  const t = await getMessages(supplierMessages);
  const tabs = [
    { key: "suppliers" as const, href: "/leverantorer", label: t.tabs.suppliers },
    { key: "contracts" as const, href: "/leverantorer/avtal", label: t.tabs.contracts },
    { key: "calendar" as const, href: "/leverantorer/kalender", label: t.tabs.calendar },
  ];
  return <SectionTabs label={t.title} tabs={tabs} current={current} />;
}
