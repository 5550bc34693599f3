// Our own chart legend: Tremor's puts <li> inside a <div> inside its <ol>, which axe rejects
// (list markup), so every chart passes showLegend={false} and draws this one instead.

/**
 * Colours for a chart's series, in order: a colour-blind-safe palette (tailwind.config.ts `cb`,
 * classes safelisted there) that stays distinct for ten series; the legend and the table beside
 * each chart name every series, so colour never carries the meaning alone.
 */
export const SERIES_COLOURS = ["cb-blue", "cb-orange", "cb-green", "cb-vermillion", "cb-sky", "cb-purple", "cb-black", "cb-indigo", "cb-wine", "cb-yellow"];

// Full class names so Tailwind keeps them (they are safelisted too).
const SWATCHES: Record<string, string> = {
  "cb-blue": "bg-cb-blue",
  "cb-orange": "bg-cb-orange",
  "cb-green": "bg-cb-green",
  "cb-vermillion": "bg-cb-vermillion",
  "cb-sky": "bg-cb-sky",
  "cb-purple": "bg-cb-purple",
  "cb-black": "bg-cb-black",
  "cb-indigo": "bg-cb-indigo",
  "cb-wine": "bg-cb-wine",
  "cb-yellow": "bg-cb-yellow",
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
