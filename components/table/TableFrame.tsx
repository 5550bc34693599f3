import type { ReactNode } from "react";

/**
 * A table that may scroll sideways: a named region reachable by keyboard, so it can be scrolled
 * without a mouse (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
export function TableFrame({ label, className = "", chart = false, children }: { label: string; className?: string; chart?: boolean; children: ReactNode }) {
  return (
    <div
      className={`overflow-x-auto rounded-lg border border-gray-200 bg-white ${className}`}
      tabIndex={0}
      role="region"
      aria-label={label}
      // A chart's table of figures (a month or a session per column) may scroll in its own box, like the chart.
      data-scroll={chart ? "chart" : undefined}
    >
      {children}
    </div>
  );
}
