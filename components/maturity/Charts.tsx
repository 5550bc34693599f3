"use client";
import { BarChart, LineChart } from "@tremor/react";

// Tremor charts for the levels 1–4. Each chart is a figure whose caption sums it up; the pages
// show the same figures in a table next to it, so the chart is never the only way to read them.

export type ChartRow = Record<string, string | number | null>;

const levelFormatter = (value: number) => String(value);
// Tremor's colour names (classes safelisted in tailwind.config.ts); each series also has a legend text.
const SERIES_COLOURS = ["blue", "amber", "emerald", "violet", "red", "slate"];
// Full class names so Tailwind keeps them (they are safelisted too).
const SWATCHES: Record<string, string> = { blue: "bg-blue-500", amber: "bg-amber-500", emerald: "bg-emerald-500", violet: "bg-violet-500", red: "bg-red-500", slate: "bg-slate-500" };

/** Our own legend: Tremor's puts <li> inside a <div> inside its <ol>, which axe rejects. */
function Legend({ categories }: { categories: string[] }) {
  return (
    <ul className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-gray-900">
      {categories.map((category, index) => (
        <li key={category} className="flex items-center gap-1.5">
          <span aria-hidden="true" className={`inline-block h-2.5 w-2.5 rounded-full ${SWATCHES[SERIES_COLOURS[index % SERIES_COLOURS.length]]}`} />
          {category}
        </li>
      ))}
    </ul>
  );
}

interface Props {
  caption: string;
  summary: string;
  data: ChartRow[];
  index: string;
  categories: string[];
  testId?: string;
}

function Figure({ caption, summary, testId, categories, children }: { caption: string; summary: string; testId?: string; categories: string[]; children: React.ReactNode }) {
  return (
    <figure data-testid={testId} className="min-w-0">
      <figcaption className="mb-2 text-sm text-gray-900">
        <span className="font-medium">{caption}.</span> {summary}
      </figcaption>
      <Legend categories={categories} />
      {children}
    </figure>
  );
}

/** Level (and target, or a second session) per perspective as horizontal bars on the 0–4 scale, names readable on the left. */
export function LevelBarChart({ caption, summary, data, index, categories, testId }: Props) {
  return (
    <Figure caption={caption} summary={summary} testId={testId} categories={categories}>
      <BarChart
        className="h-80"
        layout="vertical"
        data={data}
        index={index}
        categories={categories}
        colors={SERIES_COLOURS}
        valueFormatter={levelFormatter}
        minValue={0}
        maxValue={4}
        allowDecimals={false}
        yAxisWidth={150}
        showAnimation={false}
        showLegend={false}
      />
    </Figure>
  );
}

/** The level per perspective across sessions, one line per perspective. */
export function TrendLineChart({ caption, summary, data, index, categories, testId }: Props) {
  return (
    <Figure caption={caption} summary={summary} testId={testId} categories={categories}>
      <LineChart
        className="h-72"
        data={data}
        index={index}
        categories={categories}
        colors={SERIES_COLOURS}
        valueFormatter={levelFormatter}
        minValue={0}
        maxValue={4}
        allowDecimals={false}
        yAxisWidth={32}
        connectNulls
        intervalType="preserveStartEnd"
        showAnimation={false}
        showLegend={false}
      />
    </Figure>
  );
}
