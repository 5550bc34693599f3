import { describe, expect, it } from "vitest";
import { createOrgWithRoles } from "../../test/factories";
import { db } from "../db/client";
import { BUILTIN_SET } from "./builtin";
import { seedQuestionnaireDemo } from "./demo";
import { getResult, listQuestionSets, listResponses } from "./queries";
import { questionSetCreateSchema, questionSetListQuerySchema, responseListQuerySchema } from "./schema";

describe("the built-in question set", () => {
  it("is a valid set: MSB's ten areas, 40 questions over four levels, MSB's four marked as MSB's", () => {
    const parsed = questionSetCreateSchema.parse(BUILTIN_SET);
    expect(parsed.areas).toHaveLength(10);
    expect(parsed.questions).toHaveLength(40);
    expect(new Set(parsed.questions.map((q) => q.level))).toEqual(new Set([1, 2, 3, 4]));
    expect(parsed.questions.filter((q) => q.source === "msb").map((q) => q.code)).toEqual(["msb-1", "msb-2", "msb-3", "msb-4"]);
    for (const area of parsed.areas) expect(parsed.questions.some((q) => q.areas.includes(area.key)), area.key).toBe(true);
  });
});

describe("the questionnaire demo", () => {
  it("seeds two submitted measurements two years apart, the later a level higher in some areas", async () => {
    const { organization, admin, ciso, informationOwner, auditor, management, reporter } = await createOrgWithRoles();
    const users = { admin: admin.userId, ciso: ciso.userId, informationOwner: informationOwner.userId, informationOwner2: informationOwner.userId, auditor: auditor.userId, management: management.userId, reporter: reporter.userId };
    await db.$transaction((tx) => seedQuestionnaireDemo({ tx, organizationId: organization.id, users, orgUnits: {}, now: new Date("2026-11-20T12:00:00Z") }));
    const [set] = (await listQuestionSets(management, questionSetListQuerySchema.parse({}))).items;
    const responses = (await listResponses(management, set.id, responseListQuerySchema.parse({ sort: "periodTo:asc" }))).items;
    expect(responses.map((r) => r.status)).toEqual(["submitted", "submitted"]);
    const [earlier, later] = await Promise.all(responses.map((r) => getResult(management, set.id, r.id)));
    expect(earlier.level).toBe(1);
    expect(later.level).toBe(2);
    const raised = later.areas.filter((area) => area.level > earlier.areas.find((a) => a.key === area.key)!.level);
    expect(raised.length).toBeGreaterThan(0);
  });
});
