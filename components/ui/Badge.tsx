import type { ReactNode } from "react";

export type Tone = "gray" | "blue" | "green" | "yellow" | "orange" | "red";

const tones: Record<Tone, string> = {
  gray: "bg-gray-100 text-gray-800 ring-gray-300",
  blue: "bg-blue-50 text-blue-800 ring-blue-300",
  green: "bg-green-50 text-green-800 ring-green-300",
  yellow: "bg-yellow-50 text-yellow-900 ring-yellow-400",
  orange: "bg-orange-50 text-orange-900 ring-orange-300",
  red: "bg-red-50 text-red-800 ring-red-300",
};

export function Badge({ tone = "gray", children }: { tone?: Tone; children: ReactNode }) {
  return <span className={`inline-flex items-center rounded px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tones[tone]}`}>{children}</span>;
}
