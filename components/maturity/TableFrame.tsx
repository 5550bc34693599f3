import type { ReactNode } from "react";

/** A table that may scroll sideways: a named region reachable by keyboard (WCAG 2.1.1). */
export function TableFrame({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
