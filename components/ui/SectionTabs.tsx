import Link from "next/link";

/** A register's sub-navigation (register / analyses, suppliers / contracts…): links, the current one marked. */
export function SectionTabs<Key extends string>({ label, tabs, current }: { label: string; tabs: { key: Key; href: string; label: string }[]; current?: Key }) {
  return (
    <nav aria-label={label} className="no-print mb-4 border-b border-gray-200">
      <ul className="flex flex-wrap gap-4">
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
