import { ApiError } from "@/lib/client/api";
import type { IncidentHandlingMessages } from "@/lib/incidents/messages";
import { closingProblems } from "@/lib/incidents/rules";
import { INCIDENT_STATUSES, MOTIVATION_MAX, OBLIGATION_KINDS, type IncidentView } from "@/lib/incidents/schema";
import { z } from "@/lib/validation/zod";
import { localInputValue } from "./wall-clock";

// The "Utredning och avslut" form's values and how they become the API's bodies: one row per open
// obligation, with the handler's choice (reported / not reportable) and its details.

const WALL_CLOCK = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

export const investigationSchema = (h: IncidentHandlingMessages["close"]) =>
  z.object({
    status: z.enum(INCIDENT_STATUSES),
    rootCause: z.string().max(10_000),
    lessonsLearned: z.string().max(10_000),
    obligations: z.array(
      z
        .object({
          kind: z.enum(OBLIGATION_KINDS),
          choice: z.enum(["", "reported", "not_reportable"]),
          reportedAt: z.string(),
          reference: z.string().max(200),
          motivation: z.string().max(MOTIVATION_MAX),
        })
        .superRefine((row, context) => {
          if (row.choice === "reported" && !WALL_CLOCK.test(row.reportedAt)) context.addIssue({ code: "custom", path: ["reportedAt"], message: h.dateRequired });
          if (row.choice === "not_reportable" && !row.motivation.trim()) context.addIssue({ code: "custom", path: ["motivation"], message: h.motivationRequired });
        }),
    ),
  });

export type InvestigationValues = z.output<ReturnType<typeof investigationSchema>>;
type Row = InvestigationValues["obligations"][number];

/** Neither reported nor assessed: what the form asks about. */
export const openObligations = (incident: IncidentView) => incident.obligations.filter((o) => !o.reportedAt && !o.assessedAt);

export const investigationDefaults = (incident: IncidentView, now = new Date()): InvestigationValues => ({
  status: incident.status,
  rootCause: incident.rootCause ?? "",
  lessonsLearned: incident.lessonsLearned ?? "",
  obligations: openObligations(incident).map((o) => ({ kind: o.kind, choice: "", reportedAt: localInputValue(now), reference: "", motivation: "" })),
});

/** The chosen rows as the API's outcomes, and for each the form row it came from (to place errors). */
export function outcomesOf(rows: Row[]) {
  const chosen = rows.map((row, index) => ({ row, index })).filter(({ row }) => row.choice !== "");
  const outcomes = chosen.map(({ row }) =>
    row.choice === "reported"
      ? { kind: row.kind, reportedAt: new Date(row.reportedAt).toISOString(), reference: row.reference.trim() || null }
      : { kind: row.kind, notReportable: true, motivation: row.motivation.trim() },
  );
  return { outcomes, rowOf: chosen.map(({ index }) => index) };
}

/**
 * What the close step would be refused for, as the server would answer it (so it lands on the
 * fields the same way), or null. Uses the register's own closing rule.
 */
// The form's own refusal: its fields are marked on the form, so the summary just says to complete them
// (a code with no shared wording, so the page's message is shown as it is).
const CLOSE_REFUSED = "close_refused";

export function closeRefusal(incident: IncidentView, values: InvestigationValues, h: IncidentHandlingMessages["close"]): ApiError | null {
  const problems = closingProblems({
    severity: incident.severity,
    rootCause: values.rootCause,
    obligations: values.obligations.map((row) => ({
      kind: row.kind,
      reportedAt: row.choice === "reported" ? row.reportedAt : null,
      assessedAt: row.choice === "not_reportable" ? "now" : null,
    })),
  });
  const fields: Record<string, string[]> = {};
  if (problems.rootCauseMissing) fields.rootCause = [h.rootCauseRequired];
  values.obligations.forEach((row, index) => {
    if (problems.openKinds.includes(row.kind)) fields[`obligations.${index}.choice`] = [h.choose];
  });
  return Object.keys(fields).length ? new ApiError(400, CLOSE_REFUSED, h.notYet, fields) : null;
}

/**
 * The server names fields by the body it got: `obligations.<n>.<field>` counts only the rows sent,
 * and `obligations.<kind>` names an open obligation. Both are moved onto the form's rows; a refusal
 * to close is worded in the page's language.
 */
export function onFormRows(error: unknown, rows: Row[], rowOf: number[], h: IncidentHandlingMessages["close"]): unknown {
  if (!(error instanceof ApiError)) return error;
  const fields: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(error.fields ?? {})) {
    const sent = /^obligations\.(\d+)\.(\w+)$/.exec(key);
    const open = /^obligations\.([a-z0-9_]+)$/.exec(key);
    const row = sent ? rowOf[Number(sent[1])] : open ? rows.findIndex((r) => r.kind === open[1]) : -1;
    const field = sent && ["reportedAt", "reference", "motivation"].includes(sent[2]) ? sent[2] : "choice";
    fields[row >= 0 ? `obligations.${row}.${field}` : key] = messages;
  }
  const refused = error.code === "obligations_open" || error.code === "root_cause_required";
  return refused ? new ApiError(error.status, CLOSE_REFUSED, h.notYet, fields) : new ApiError(error.status, error.code, error.message, fields, error.params);
}
