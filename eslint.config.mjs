// The project's boundaries, checked by a tool rather than by review (lib/README.md says why).
import tseslint from "typescript-eslint";

const serverModules = ["**/lib/*/service", "**/lib/*/queries", "**/lib/*/service.ts", "**/lib/*/queries.ts", "**/lib/db/*", "@/lib/*/service", "@/lib/*/queries", "@/lib/db/*"];

export default tseslint.config(
  { ignores: ["node_modules/**", ".next*/**", "lib/generated/**", "prisma/migrations/**", "test-results/**", "playwright-report/**"] },
  {
    files: ["**/*.{ts,tsx,mts,mjs}"],
    languageOptions: { parser: tseslint.parser },
    plugins: { "@typescript-eslint": tseslint.plugin },
    rules: {
      "no-debugger": "error",
      "no-console": ["error", { allow: ["warn", "error"] }],
      "@typescript-eslint/no-explicit-any": "error",
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "@tremor/react", message: "Tremor only inside components/charts/ (one place to restyle or replace it)." }],
          patterns: [
            { group: ["**/authz/permissions"], importNames: ["grantFor"], message: "grantFor stays in lib/authz; use authorize/can/scopeOf." },
          ],
        },
      ],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "@tremor/react", message: "Tremor only inside components/charts/." }],
          patterns: [
            { group: serverModules, message: "Components get data from the page; they never import a service, query or database module." },
            { group: ["**/authz/permissions"], importNames: ["grantFor"], message: "grantFor stays in lib/authz." },
          ],
        },
      ],
    },
  },
  {
    files: ["components/charts/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: serverModules, message: "Charts are presentational." }] }],
    },
  },
  {
    // Rules are pure: no database, no HTTP errors, no server-only module (lib/README.md).
    files: ["lib/*/rules.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/errors", "**/queries", "**/service", "**/db/*", "@/lib/db/*", "server-only"], message: "rules.ts is pure: throw a RuleViolation (lib/validation/rule-violation.ts); the service answers HTTP." },
            { group: ["**/authz/permissions"], importNames: ["grantFor"], message: "grantFor stays in lib/authz." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/authz/**/*.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // The CLI, scripts and tests print to the terminal by design.
    files: ["cli/**", "scripts/**", "test/**", "e2e/**", "**/*.test.ts"],
    rules: { "no-console": "off" },
  },
);
