import type { RiskMessages } from "@/lib/risks/messages";

/** Lower-cases a sentence-initial letter inside the statement, keeping acronyms ("VPN …"). */
function inSentence(text: string): string {
  return text.length > 1 && text[1] === text[1].toLowerCase() ? text[0].toLowerCase() + text.slice(1) : text;
}

/** "På grund av (orsak) inträffar (händelse) vilket leder till (konsekvens)." */
export function RiskStatement({ cause, event, consequence, t }: { cause: string | null; event: string | null; consequence: string | null; t: RiskMessages["statement"] }) {
  const part = (text: string | null) => (text?.trim() ? <strong className="font-semibold">{inSentence(text.trim())}</strong> : <span className="text-gray-700">{t.missing}</span>);
  return (
    <p className="text-base leading-relaxed text-gray-900">
      {t.cause} {part(cause)} {t.event} {part(event)} {t.consequence} {part(consequence)}
      {consequence?.trim() ? "." : null}
    </p>
  );
}
