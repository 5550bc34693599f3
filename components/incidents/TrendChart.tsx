"use client";
import { StackedBarChart, type StackedRow } from "@/components/charts/StackedBarChart";

export type TrendRow = StackedRow;

/** Incidents per month, stacked by category. */
export function TrendChart({ label, data, categories }: { label: string; data: TrendRow[]; categories: string[] }) {
  return <StackedBarChart label={label} data={data} index="month" categories={categories} />;
}
