"use client";
import { BarChart } from "@tremor/react";
import { ChartScroller } from "./ChartScroller";
import { Legend, SERIES_COLOURS } from "./Legend";

export type StackedRow = Record<string, string | number>;

interface Props {
  /** The chart's name, for its scroller. */
  label: string;
  data: StackedRow[];
  /** The field of each row that names the bar (e.g. "month"). */
  index: string;
  categories: string[];
  colors?: string[];
  className?: string;
  legendClassName?: string;
}

/** Counts per period stacked by series, with our own legend (see Legend). */
export function StackedBarChart({ label, data, index, categories, colors = SERIES_COLOURS, className = "h-72", legendClassName }: Props) {
  return (
    <>
      <Legend categories={categories} colors={colors} className={legendClassName} />
      {/* A year of bars stays readable on a phone: below 26rem the chart scrolls in its own box. */}
      <ChartScroller label={label} minWidth="min-w-[26rem] md:min-w-0">
        <BarChart
          className={className}
          data={data}
          index={index}
          categories={categories}
          colors={colors}
          stack
          showLegend={false}
          allowDecimals={false}
          yAxisWidth={32}
          showAnimation={false}
        />
      </ChartScroller>
    </>
  );
}
