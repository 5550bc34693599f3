import { AppError } from "../errors";
import { incidentMessages } from "./messages";
import type { OutcomeProblem, OutcomeProblemCode } from "./obligation-outcomes";
import { mayClose, type ClosingProblems } from "./rules";

// The incident register's business errors: a stable code for clients and the UI, a Swedish message
// (the API answers in Swedish) and the fields they concern.

const OUTCOME_TEXTS: Record<OutcomeProblemCode, [message: string, field: string]> = {
  outcome_missing: ["Ange när rapporten skickades, eller att skyldigheten inte är rapporteringspliktig.", "Ange rapporteringstidpunkt eller bedömning."],
  outcome_conflict: ["En skyldighet är antingen rapporterad eller bedömd som inte rapporteringspliktig, inte båda.", "Välj rapporterad eller inte rapporteringspliktig."],
  motivation_required: ["Motivera varför skyldigheten inte är rapporteringspliktig.", "Ange en motivering."],
  reported_in_future: ["Rapporteringstidpunkten ligger i framtiden.", "Kan inte ligga i framtiden."],
  reported_before_detection: ["Rapporten kan inte ha skickats innan incidenten upptäcktes.", "Måste vara efter upptäckten."],
};

/** An outcome that cannot be recorded; `prefix` places it in a list body ("obligations.2."). */
export function outcomeError(problem: OutcomeProblem, prefix = ""): AppError {
  const [message, field] = OUTCOME_TEXTS[problem.code];
  const code = problem.code === "motivation_required" ? "motivation_required" : "validation_error";
  return new AppError(400, code, message, { [`${prefix}${problem.field}`]: [field] });
}

/**
 * Why the incident cannot close. Open obligations answer `obligations_open` with one field per open
 * kind (`obligations.nis2_early_warning`), so a client can name them; a missing root cause alone
 * answers `root_cause_required`.
 */
export function assertMayClose(problems: ClosingProblems): void {
  if (mayClose(problems)) return;
  const fields: Record<string, string[]> = {};
  if (problems.rootCauseMissing) fields.rootCause = ["Ange grundorsaken innan incidenten avslutas."];
  for (const kind of problems.openKinds) fields[`obligations.${kind}`] = ["Registrera rapporten, eller bedöm att den inte är rapporteringspliktig och motivera."];
  if (problems.openKinds.length === 0) {
    throw new AppError(400, "root_cause_required", "En incident med allvarlighetsgrad 3 eller 4 kan inte avslutas utan grundorsak.", fields);
  }
  const labels = problems.openKinds.map((kind) => incidentMessages.sv.obligationKind[kind]).join("; ");
  throw new AppError(400, "obligations_open", `Incidenten kan inte avslutas förrän varje rapporteringsskyldighet är rapporterad eller bedömd: ${labels}.`, fields, { kinds: problems.openKinds });
}

export const alreadyClosed = () => new AppError(400, "already_closed", "Incidenten är redan avslutad.", { status: ["Återöppna den först om något ska ändras."] });

export const duplicateOutcome = (index: number) =>
  new AppError(400, "validation_error", "Samma rapporteringsskyldighet finns två gånger.", { [`obligations.${index}.kind`]: ["Ange varje skyldighet en gång."] });

export const notApplicable = (field: string) =>
  new AppError(400, "obligation_not_applicable", "Skyldigheten gäller inte denna incident.", { [field]: ["Gäller inte denna incident."] });
