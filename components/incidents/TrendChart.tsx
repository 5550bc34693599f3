"use client";
import { BarChart } from "@tremor/react";

export type TrendRow = Record<string, string | number>;

// Tremor colour names (classes safelisted in tailwind.config.ts); the legend names every series.
const COLOURS = ["blue", "amber", "emerald", "violet", "red", "slate", "orange", "indigo", "green", "yellow", "gray"];
// Full class names so Tailwind keeps them (they are safelisted too).
const SWATCHES: Record<string, string> = {
  blue: "bg-blue-500",
  amber: "bg-amber-500",
  emerald: "bg-emerald-500",
  violet: "bg-violet-500",
  red: "bg-red-500",
  slate: "bg-slate-500",
  orange: "bg-orange-500",
  indigo: "bg-indigo-500",
  green: "bg-green-500",
  yellow: "bg-yellow-500",
  gray: "bg-gray-500",
};

/** Incidents per month, stacked by category, with our own legend (Tremor's nests <li> in a <div> in its <ol>, which axe rejects). */
export function TrendChart({ data, categories }: { data: TrendRow[]; categories: string[] }) {
  return (
    <>
      <ul className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-gray-900">
        {categories.map((category, index) => (
          <li key={category} className="flex items-center gap-1.5">
            <span aria-hidden="true" className={`inline-block h-2.5 w-2.5 rounded-full ${SWATCHES[COLOURS[index % COLOURS.length]]}`} />
            {category}
          </li>
        ))}
      </ul>
      <BarChart
        className="h-72"
        data={data}
        index="month"
        categories={categories}
        colors={COLOURS}
        stack
        showLegend={false}
        allowDecimals={false}
        yAxisWidth={32}
        showAnimation={false}
      />
    </>
  );
}
