// Our own chart legend: Tremor's puts <li> inside a <div> inside its <ol>, which axe rejects
// (list markup), so every chart passes showLegend={false} and draws this one instead.

/** Tremor colour names for a chart's series, in order (classes safelisted in tailwind.config.ts). */
export const SERIES_COLOURS = ["blue", "amber", "emerald", "violet", "red", "slate", "orange", "indigo", "green", "yellow", "gray"];

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

interface Props {
  categories: string[];
  /** The colours given to the chart, so each swatch matches its series. */
  colors?: string[];
  /** Extra layout classes, e.g. "justify-end". */
  className?: string;
}

/** The series' names with a colour swatch each; the names carry the meaning, the swatch is decoration. */
export function Legend({ categories, colors = SERIES_COLOURS, className = "" }: Props) {
  return (
    <ul className={`mb-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-gray-900 ${className}`}>
      {categories.map((category, index) => (
        <li key={category} className="flex items-center gap-1.5">
          <span aria-hidden="true" className={`inline-block h-2.5 w-2.5 rounded-full ${SWATCHES[colors[index % colors.length]]}`} />
          {category}
        </li>
      ))}
    </ul>
  );
}
