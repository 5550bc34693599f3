"use client";
import { BarChart } from "@tremor/react";
import { Legend, SERIES_COLOURS } from "@/components/charts/Legend";

export type TrendRow = Record<string, string | number>;

/** Incidents per month, stacked by category, with our own legend (see components/charts/Legend). */
export function TrendChart({ data, categories }: { data: TrendRow[]; categories: string[] }) {
  return (
    <>
      <Legend categories={categories} />
      <BarChart
        className="h-72"
        data={data}
        index="month"
        categories={categories}
        colors={SERIES_COLOURS}
        stack
        showLegend={false}
        allowDecimals={false}
        yAxisWidth={32}
        showAnimation={false}
      />
    </>
  );
}
