"use client";
import { BarChart, LineChart } from "@tremor/react";
import { ChartFigure } from "./ChartFigure";
import { ChartScroller } from "./ChartScroller";
import { Legend, SERIES_COLOURS } from "./Legend";

// Tremor charts for the levels 1–4. Each chart is a figure whose caption sums it up; the pages
// show the same figures in a table next to it, so the chart is never the only way to read them.

export type ChartRow = Record<string, string | number | null>;

// What both charts share: the 0–4 level axis in whole steps, our colours and legend, no animation.
const LEVEL_AXIS = {
  colors: SERIES_COLOURS,
  valueFormatter: (value: number) => String(value),
  minValue: 0,
  maxValue: 4,
  allowDecimals: false,
  showAnimation: false,
  showLegend: false,
};

interface Props {
  caption: string;
  summary: string;
  data: ChartRow[];
  index: string;
  categories: string[];
  testId?: string;
}

/** Level (and target, or a second session) per perspective as horizontal bars on the 0–4 scale, names readable on the left. */
export function LevelBarChart({ caption, summary, data, index, categories, testId }: Props) {
  return (
    <ChartFigure caption={caption} summary={summary} testId={testId}>
      <Legend categories={categories} />
      <ChartScroller label={caption}>
        <BarChart {...LEVEL_AXIS} className="h-80" layout="vertical" data={data} index={index} categories={categories} yAxisWidth={150} />
      </ChartScroller>
    </ChartFigure>
  );
}

/** The level per perspective across sessions, one line per perspective. */
export function TrendLineChart({ caption, summary, data, index, categories, testId }: Props) {
  return (
    <ChartFigure caption={caption} summary={summary} testId={testId}>
      <Legend categories={categories} />
      <ChartScroller label={caption}>
        <LineChart {...LEVEL_AXIS} className="h-72" data={data} index={index} categories={categories} yAxisWidth={32} connectNulls intervalType="preserveStartEnd" />
      </ChartScroller>
    </ChartFigure>
  );
}
