import type { ReactNode } from "react";

interface Props {
  caption: string;
  /** One sentence that says what the chart shows, so the figure is readable without it. */
  summary: string;
  testId?: string;
  children: ReactNode;
}

/** A chart as a figure whose caption sums it up; the figures also stand in a table nearby. */
export function ChartFigure({ caption, summary, testId, children }: Props) {
  return (
    <figure data-testid={testId} className="min-w-0">
      <figcaption className="mb-2 text-sm text-gray-900">
        <span className="font-medium">{caption}.</span> {summary}
      </figcaption>
      {children}
    </figure>
  );
}
