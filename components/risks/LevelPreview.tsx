"use client";
import { useMessages } from "@/lib/i18n/client";
import { riskMessages } from "@/lib/risks/messages";
import { bandFor } from "@/lib/risks/rules";
import type { RiskBands } from "@/lib/risks/settings-schema";
import { RiskLevelBadge } from "./RiskLevelBadge";

const onScale = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 4;

/** The level (likelihood × consequence) and band as the form is filled in, announced politely. */
export function LevelPreview({ label, likelihood, consequence, bands, hint, testId }: { label: string; likelihood: unknown; consequence: unknown; bands: RiskBands; hint?: string; testId?: string }) {
  const t = useMessages(riskMessages);
  const level = onScale(likelihood) && onScale(consequence) ? likelihood * consequence : null;
  return (
    <div>
      <p className="text-sm font-medium text-gray-900">{label}</p>
      <p className="mt-2" aria-live="polite" data-testid={testId}>
        <RiskLevelBadge level={level} band={level === null ? null : bandFor(level, bands)} labels={t.bands} empty={t.notSet} />
      </p>
      {hint ? <p className="mt-1 text-xs text-gray-700">{hint}</p> : null}
    </div>
  );
}
