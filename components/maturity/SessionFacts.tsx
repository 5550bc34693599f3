import { formatDate } from "@/lib/format";
import type { MaturityMessages } from "@/lib/maturity/messages";
import type { AssessmentView } from "@/lib/maturity/schema";

/** When the session was held, who led it and who took part. */
export function SessionFacts({ assessment, t }: { assessment: AssessmentView; t: MaturityMessages }) {
  return (
    <dl className="grid gap-x-6 gap-y-1 rounded-lg border border-gray-200 bg-white p-4 text-sm text-gray-900 sm:grid-cols-[auto_1fr]">
      <dt className="font-semibold">{t.session.held}</dt>
      <dd>{formatDate(assessment.heldAt)}</dd>
      <dt className="font-semibold">{t.session.facilitatedBy}</dt>
      <dd>{assessment.facilitator ?? "–"}</dd>
      <dt className="font-semibold">{t.session.participants}</dt>
      <dd>{assessment.participants.length ? assessment.participants.join(", ") : "–"}</dd>
    </dl>
  );
}
