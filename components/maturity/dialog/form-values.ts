import { set, type FieldErrors, type Resolver } from "react-hook-form";
import { dateInputValue } from "@/lib/format";
import { ASPECT_KEYS, PERSPECTIVE_KEYS, type AspectKey, type PerspectiveKey } from "@/lib/maturity/msb-model";
import { assessmentCreateSchema, type AssessmentStatus, type AssessmentView, type EvidenceType, type ProposalHorizon } from "@/lib/maturity/schema";

/**
 * The dialogue form's values. The form edits lists (participants, reasons, evidence) as rows of
 * objects so rows can be added and removed; `toBody` turns them into the API's body, which the
 * same zod schema as the API validates (see `dialogueResolver`).
 */
export interface DialogueValues {
  title: string;
  heldAt: string;
  participants: { name: string }[];
  facilitator: string;
  entries: Array<{
    perspective: PerspectiveKey;
    /** "" = not assessed, "1"–"4" (radio values). */
    level: string;
    aspectNotes: Record<AspectKey, string>;
    reasons: { text: string }[];
    evidence: { type: EvidenceType; ref: string; label: string }[];
  }>;
  /** `proposalId` (not `id`: the field arrays use `id` for their own keys) keeps a saved proposal and its action. */
  proposals: Array<{ proposalId?: string; perspective: PerspectiveKey; what: string; how: string; who: string; horizon: ProposalHorizon }>;
}

const emptyNotes = () => Object.fromEntries(ASPECT_KEYS.map((key) => [key, ""])) as Record<AspectKey, string>;

export function toFormValues(assessment?: AssessmentView, today = new Date()): DialogueValues {
  return {
    title: assessment?.title ?? "",
    heldAt: dateInputValue(assessment?.heldAt ?? today),
    participants: (assessment?.participants ?? []).map((name) => ({ name })),
    facilitator: assessment?.facilitator ?? "",
    entries: PERSPECTIVE_KEYS.map((perspective) => {
      const entry = assessment?.entries.find((e) => e.perspective === perspective);
      return {
        perspective,
        level: entry?.level ? String(entry.level) : "",
        aspectNotes: { ...emptyNotes(), ...entry?.aspectNotes },
        reasons: (entry?.reasons ?? []).map((text) => ({ text })),
        evidence: (entry?.evidence ?? []).map((item) => ({ type: item.type, ref: item.id, label: item.label ?? "" })),
      };
    }),
    proposals: (assessment?.proposals ?? []).map((p) => ({ proposalId: p.id, perspective: p.perspective, what: p.what, how: p.how ?? "", who: p.who ?? "", horizon: p.horizon })),
  };
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** Blank rows are left out; `keep` maps each row sent to the form row it came from. */
function rows<T>(items: T[], isBlank: (item: T) => boolean) {
  const keep = items.map((item, index) => ({ item, index })).filter(({ item }) => !isBlank(item));
  return { items: keep.map(({ item }) => item), from: keep.map(({ index }) => index) };
}

/** The API body from the form, and how to put the API's field paths back on the form's fields. */
export function toBody(values: DialogueValues, status: AssessmentStatus) {
  const participants = rows(values.participants, (p) => !p.name.trim());
  const entries = values.entries.map((entry) => ({
    entry,
    reasons: rows(entry.reasons, (r) => !r.text.trim()),
    evidence: rows(entry.evidence, (e) => !e.ref.trim() && !e.label.trim()),
  }));
  const body = {
    title: values.title,
    heldAt: values.heldAt,
    participants: participants.items.map((p) => p.name),
    facilitator: values.facilitator,
    status,
    entries: entries.map(({ entry, reasons, evidence }) => ({
      perspective: entry.perspective,
      level: entry.level ? Number(entry.level) : null,
      aspectNotes: Object.fromEntries(Object.entries(entry.aspectNotes).filter(([, text]) => text.trim())),
      reasons: reasons.items.map((r) => r.text),
      evidence: evidence.items.map((e) => ({ type: e.type, id: e.ref.match(UUID)?.[0] ?? e.ref.trim(), ...(e.label.trim() ? { label: e.label } : {}) })),
    })),
    proposals: values.proposals.map((p) => ({ ...(p.proposalId ? { id: p.proposalId } : {}), perspective: p.perspective, what: p.what, how: p.how, who: p.who, horizon: p.horizon })),
  };

  /** "entries.0.reasons.1" (API) → "entries.0.reasons.3.text" (form). */
  function formPath(path: string): string {
    const parts = path.split(".");
    const [head, a, b, c, d] = parts;
    if (head === "participants" && a !== undefined) return `participants.${participants.from[Number(a)] ?? a}.name`;
    if (head === "entries" && a !== undefined) {
      const entry = entries[Number(a)];
      if (b === "reasons" && c !== undefined) return `entries.${a}.reasons.${entry?.reasons.from[Number(c)] ?? c}.text`;
      if (b === "evidence" && c !== undefined) {
        const row = /^\d+$/.test(c) ? (entry?.evidence.from[Number(c)] ?? c) : 0;
        return `entries.${a}.evidence.${row}.${d === "type" || d === "label" ? d : "ref"}`;
      }
      if (b === "aspectNotes" && c !== undefined) return `entries.${a}.aspectNotes.${c}`;
      return `entries.${a}.level`;
    }
    if (head === "proposals" && a !== undefined) return `proposals.${a}.${b === "how" || b === "who" || b === "horizon" ? b : "what"}`;
    return head;
  }
  return { body, formPath };
}

/** The step (0 start, 1–6 perspectives, 7 summary) where a form field is. */
export function stepOfPath(path: string, values: DialogueValues): number {
  const [head, index] = path.split(".");
  if (head === "entries") return Number(index) + 1;
  if (head === "proposals") return PERSPECTIVE_KEYS.indexOf(values.proposals[Number(index)]?.perspective ?? "riskhantering") + 1;
  return 0;
}

/** Validates with the API's own schema (assessmentCreateSchema), with its errors placed on the form's fields. */
export const dialogueResolver: Resolver<DialogueValues> = async (values) => {
  const { body, formPath } = toBody(values, "draft");
  const parsed = assessmentCreateSchema.safeParse(body);
  if (parsed.success) return { values, errors: {} };
  const errors: FieldErrors<DialogueValues> = {};
  for (const issue of parsed.error.issues) {
    const path = formPath(issue.path.join("."));
    set(errors, path, { type: issue.code, message: issue.message });
  }
  return { values: {}, errors };
};

/** The first field with an error, in the order the form shows them. */
export function firstErrorPath(errors: FieldErrors<DialogueValues>, values: DialogueValues): string | null {
  const paths: string[] = [];
  const walk = (node: unknown, prefix: string) => {
    if (!node || typeof node !== "object") return;
    if ("message" in node && typeof (node as { message: unknown }).message === "string") {
      paths.push(prefix);
      return;
    }
    for (const [key, child] of Object.entries(node)) if (key !== "ref") walk(child, prefix ? `${prefix}.${key}` : key);
  };
  walk(errors, "");
  paths.sort((a, b) => stepOfPath(a, values) - stepOfPath(b, values));
  return paths[0] ?? null;
}
