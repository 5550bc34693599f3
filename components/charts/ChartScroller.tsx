import type { ReactNode } from "react";

interface Props {
  /** Names the scrollable region (the chart's caption). */
  label: string;
  /** Width below which the chart scrolls instead of squeezing, e.g. "min-w-[26rem]"; none by default. */
  minWidth?: string;
  children: ReactNode;
}

/**
 * A chart's own sideways scroller. Inline-size containment keeps the chart's measured width from
 * widening the page around it (Tremor's charts size themselves to their box), and on a narrow
 * screen a chart with a minimum width scrolls here rather than the page. Marked data-scroll="chart"
 * for the page-width test; focusable so it scrolls by keyboard (axe's scrollable-region-focusable).
 */
export function ChartScroller({ label, minWidth = "", children }: Props) {
  return (
    <div data-scroll="chart" role="region" aria-label={label} tabIndex={0} className="w-full overflow-x-auto [contain:inline-size]">
      <div className={minWidth}>{children}</div>
    </div>
  );
}
