import Link from "next/link";

/** The header bell: how much of the user's work is due soon or overdue, linking to "Mitt arbete". */
export function WorkBell({ count, label }: { count: number; label: string }) {
  return (
    <Link
      href="/mitt-arbete"
      aria-label={label}
      title={label}
      data-testid="work-bell"
      className="relative inline-flex items-center rounded p-1 text-gray-800 hover:bg-gray-100 focus-visible:outline focus-visible:outline-2 focus-visible:outline-blue-700"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M18 8a6 6 0 10-12 0c0 7-3 9-3 9h18s-3-2-3-9M13.73 21a2 2 0 01-3.46 0" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {count > 0 ? (
        <span aria-hidden="true" className="absolute -right-1 -top-1 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs font-semibold leading-5 text-white">
          {count}
        </span>
      ) : null}
    </Link>
  );
}
