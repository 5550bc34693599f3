import type { Localized } from "../i18n/locale";
import { en } from "./messages.en";
import { sv, type RiskMessages } from "./messages.sv";
import type { RiskBand } from "./schema";
import type { AcceptanceDecider } from "./settings-schema";

export type { RiskMessages };

export const riskMessages: Localized<RiskMessages> = { sv, en };

/** "Endast ledningen får acceptera risker på nivån hög." in the user's language. */
export function acceptanceDeniedText(t: RiskMessages, band: RiskBand, deciders: AcceptanceDecider[]): string {
  const words = deciders.map((decider) => t.acceptance.deciders[decider]);
  const bandLabel = t.bands[band];
  if (words.length === 0) return t.acceptance.noneMay(bandLabel);
  const who = words.length === 1 ? words[0] : `${words.slice(0, -1).join(", ")} ${t.acceptance.or} ${words[words.length - 1]}`;
  return t.acceptance.onlyMay(who, bandLabel);
}
