import { describe, expect, it } from "vitest";
import { dialogueResolver, firstErrorPath, stepOfPath, toBody, toFormValues } from "@/components/maturity/dialog/form-values";
import { PERSPECTIVE_KEYS } from "./msb-model";
import { assessmentCreateSchema, type AssessmentView } from "./schema";

const ACTION_ID = "3f0c1f9e-6a57-4c39-9d3e-0b8e2f6f7a11";

const view: AssessmentView = {
  id: "0b6a4f5e-1111-4c39-9d3e-0b8e2f6f7a11",
  title: "Mognadsdialog ledningsgruppen",
  heldAt: "2025-03-12T00:00:00.000Z",
  participants: ["Kommundirektör", "CISO"],
  facilitator: "CISO",
  status: "draft",
  entries: PERSPECTIVE_KEYS.map((perspective, index) => ({
    perspective,
    level: index === 5 ? null : 2,
    aspectNotes: index === 0 ? { arbetssatt: "Mall finns" } : {},
    reasons: [`Skäl för ${perspective}`],
    evidence: index === 1 ? [{ type: "action", id: ACTION_ID, label: "Utse informationsägare" }] : [],
  })),
  proposals: [{ id: "9d1e2f3a-2222-4c39-9d3e-0b8e2f6f7a11", position: 0, perspective: "incidenthantering", what: "Orsaksanalys", how: null, who: "IT-chefen", horizon: "6-12", actionId: null }],
  createdAt: "2025-03-12T10:00:00.000Z",
  updatedAt: "2025-03-12T10:00:00.000Z",
  version: 3,
};

const run = (values: ReturnType<typeof toFormValues>) => dialogueResolver(values, undefined, { fields: {}, shouldUseNativeValidation: false });

describe("dialogue form values", () => {
  it("starts a new session with today's date and the six perspectives unassessed", () => {
    const values = toFormValues(undefined, new Date("2026-01-15T12:00:00Z"));
    expect(values.heldAt).toBe("2026-01-15");
    expect(values.entries.map((e) => [e.perspective, e.level])).toEqual(PERSPECTIVE_KEYS.map((key) => [key, ""]));
  });

  it("turns a saved session into form values and back into the same body", () => {
    const { body } = toBody(toFormValues(view), "draft");
    const parsed = assessmentCreateSchema.parse(body);
    expect(parsed).toMatchObject({ title: view.title, participants: view.participants, facilitator: "CISO", status: "draft" });
    expect(parsed.entries).toEqual(view.entries);
    expect(parsed.proposals).toEqual([{ id: view.proposals[0].id, perspective: "incidenthantering", what: "Orsaksanalys", how: null, who: "IT-chefen", horizon: "6-12" }]);
  });

  it("leaves out blank rows, reads the record id out of a pasted address, and maps errors back to the right row", () => {
    const values = toFormValues(view);
    values.participants = [{ name: " " }, { name: "IT-chef" }];
    values.entries[0].reasons = [{ text: "" }, { text: "Första" }, { text: "x".repeat(1001) }];
    values.entries[2].evidence = [{ type: "action", ref: `https://isms.example/atgarder/${ACTION_ID}`, label: "" }];
    const { body, formPath } = toBody(values, "completed");
    expect(body.participants).toEqual(["IT-chef"]);
    expect(body.entries[0].reasons).toHaveLength(2);
    expect(body.entries[2].evidence).toEqual([{ type: "action", id: ACTION_ID }]);
    expect(formPath("entries.0.reasons.1")).toBe("entries.0.reasons.2.text");
    expect(formPath("participants.0")).toBe("participants.1.name");
    expect(formPath("entries.2.evidence.0.id")).toBe("entries.2.evidence.0.ref");
    expect(formPath("entries.2.evidence.action")).toBe("entries.2.evidence.0.ref");
    expect(formPath("proposals.0.id")).toBe("proposals.0.what");
  });

  it("validates with the API's schema and puts the errors on the form's fields and steps", async () => {
    const values = toFormValues(view);
    values.title = "";
    values.entries[3].evidence = [{ type: "risk", ref: "inte-ett-id", label: "" }];
    values.proposals[0].what = "";
    const result = await run(values);
    expect(Object.keys(result.errors).sort()).toEqual(["entries", "proposals", "title"]);
    expect(result.errors.entries?.[3]?.evidence?.[0]?.ref?.message).toEqual(expect.any(String));
    expect(result.errors.proposals?.[0]?.what?.message).toEqual(expect.any(String));
    expect(firstErrorPath(result.errors, values)).toBe("title");
    expect(stepOfPath("entries.3.evidence.0.ref", values)).toBe(4);
    expect(stepOfPath("proposals.0.what", values)).toBe(3);
    expect((await run(toFormValues(view))).errors).toEqual({});
  });
});
