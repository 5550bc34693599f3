import type { ReactNode } from "react";

/**
 * A table that may scroll sideways: a named region reachable by keyboard, so it can be scrolled
 * without a mouse (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
export function TableFrame({ label, className = "", children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div className={`overflow-x-auto rounded-lg border border-gray-200 bg-white ${className}`} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
