import type { Config } from "tailwindcss";

// Tremor 3 reads its colours from this theme (see Tremor's Tailwind 3 installation guide).
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}", "./lib/**/*.{ts,tsx}", "./node_modules/@tremor/**/*.{js,ts,jsx,tsx}"],
  theme: {
    transparent: "transparent",
    current: "currentColor",
    extend: {
      colors: {
        // Okabe–Ito's colour-blind-safe palette (two of Paul Tol's added for ten series): chart series.
        cb: { blue: "#0072B2", orange: "#E69F00", green: "#009E73", vermillion: "#D55E00", sky: "#56B4E9", purple: "#CC79A7", black: "#1F2937", yellow: "#F0E442", indigo: "#332288", wine: "#882255" },
        tremor: {
          brand: { faint: "#eff6ff", muted: "#bfdbfe", subtle: "#60a5fa", DEFAULT: "#1d4ed8", emphasis: "#1e40af", inverted: "#ffffff" },
          background: { muted: "#f9fafb", subtle: "#f3f4f6", DEFAULT: "#ffffff", emphasis: "#374151" },
          border: { DEFAULT: "#e5e7eb" },
          ring: { DEFAULT: "#e5e7eb" },
          content: { subtle: "#6b7280", DEFAULT: "#4b5563", emphasis: "#374151", strong: "#111827", inverted: "#ffffff" },
        },
      },
      boxShadow: {
        "tremor-input": "0 1px 2px 0 rgb(0 0 0 / 0.05)",
        "tremor-card": "0 1px 3px 0 rgb(0 0 0 / 0.1), 0 1px 2px -1px rgb(0 0 0 / 0.1)",
        "tremor-dropdown": "0 4px 6px -1px rgb(0 0 0 / 0.1), 0 2px 4px -2px rgb(0 0 0 / 0.1)",
      },
      borderRadius: { "tremor-small": "0.375rem", "tremor-default": "0.5rem", "tremor-full": "9999px" },
      fontSize: {
        "tremor-label": ["0.75rem", { lineHeight: "1rem" }],
        "tremor-default": ["0.875rem", { lineHeight: "1.25rem" }],
        "tremor-title": ["1.125rem", { lineHeight: "1.75rem" }],
        "tremor-metric": ["1.875rem", { lineHeight: "2.25rem" }],
      },
    },
  },
  safelist: [
    { pattern: /^(bg|text|border|ring|stroke|fill)-cb-(blue|orange|green|vermillion|sky|purple|black|yellow|indigo|wine)$/ },
    {
      pattern: /^(bg|text|border|ring|stroke|fill)-(slate|gray|red|orange|amber|yellow|green|emerald|blue|indigo|violet)-(50|100|200|300|400|500|600|700|800|900)$/,
      variants: ["hover", "ui-selected"],
    },
  ],
  plugins: [],
};

export default config;
