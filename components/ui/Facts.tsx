import type { HTMLAttributes, ReactNode } from "react";

/**
 * A record's facts as a description list: label and value side by side from the sm breakpoint.
 * `narrow` for the side column's cards, where the labels sit closer to the values.
 */
export function Facts({ narrow = false, className = "", children, ...rest }: HTMLAttributes<HTMLDListElement> & { narrow?: boolean }) {
  return (
    <dl className={`grid ${narrow ? "gap-x-4" : "gap-x-6"} gap-y-2 text-sm sm:grid-cols-[minmax(0,max-content)_minmax(0,1fr)] ${className}`} {...rest}>
      {children}
    </dl>
  );
}

/** One fact; `multiline` keeps the value's line breaks and breaks long words (free text). */
export function Fact({ label, multiline = false, children }: { label: string; multiline?: boolean; children: ReactNode }) {
  return (
    <>
      <dt className="font-medium text-gray-900 [overflow-wrap:anywhere]">{label}</dt>
      <dd className={multiline ? "whitespace-pre-wrap text-gray-900 [overflow-wrap:anywhere]" : "text-gray-900 [overflow-wrap:anywhere]"}>{children}</dd>
    </>
  );
}
