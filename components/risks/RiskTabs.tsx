import Link from "next/link";
import { getMessages } from "@/lib/i18n/server";
import { riskMessages } from "@/lib/risks/messages";

/** Sub-navigation between the register and the analyses. */
export async function RiskTabs({ current }: { current?: "register" | "analyses" }) {
  const t = await getMessages(riskMessages);
  const tabs = [
    { key: "register" as const, href: "/risker", label: t.tabs.register },
    { key: "analyses" as const, href: "/risker/analyser", label: t.tabs.analyses },
  ];
  return (
    <nav aria-label={t.sectionLabel} className="no-print mb-4 border-b border-gray-200">
      <ul className="flex gap-4">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={tab.key === current ? "page" : undefined}
              className="inline-block border-b-2 border-transparent px-1 py-2 text-sm font-medium text-gray-900 hover:border-gray-400 aria-[current=page]:border-blue-800 aria-[current=page]:text-blue-900"
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
