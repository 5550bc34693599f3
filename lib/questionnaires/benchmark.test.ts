import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { GET as benchmark } from "@/app/api/v1/questionnaires/[id]/responses/[rid]/benchmark/route";
import { GET as resultPdf } from "@/app/api/v1/questionnaires/[id]/responses/[rid]/result.pdf/route";
import { POST as submit } from "@/app/api/v1/questionnaires/[id]/responses/[rid]/submit/route";
import { POST as createResponse } from "@/app/api/v1/questionnaires/[id]/responses/route";
import { GET as listSets } from "@/app/api/v1/questionnaires/route";
import { GET as getSettings, PUT as putSettings } from "@/app/api/v1/settings/benchmarking/route";
import { createOrgWithRoles } from "../../test/factories";
import { callRoute } from "../../test/http";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { BUILTIN_SET } from "./builtin";
import { quartiles } from "./rules";

/** The text drawn on the PDF's pages (as lib/management-reviews/api.test.ts reads it). */
function pdfText(bytes: Buffer): string {
  const raw = bytes.toString("latin1");
  const streams = [...raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)].map((match) => {
    try {
      return inflateSync(Buffer.from(match[1], "latin1")).toString("latin1");
    } catch {
      return match[1];
    }
  });
  return streams.map((content) => [...content.matchAll(/<([0-9a-fA-F]+)>/g)].map(([, hex]) => Buffer.from(hex, "hex").toString("latin1")).join("")).join("\n");
}

/** Full points, certain, on every built-in question up to `level` (nothing above). */
function answersUpTo(level: number) {
  return BUILTIN_SET.questions
    .filter((q) => q.level <= level)
    .map((q) => {
      const best = q.options.reduce((top, option) => (option.points > top.points ? option : top));
      return { questionCode: q.code, optionKeys: q.answerType === "multiple" ? q.options.map((o) => o.key) : [best.key], certain: true };
    });
}

/** An organisation with a submitted measurement of the built-in set; opted in or not. */
async function organisation(level: number, share: boolean) {
  const roles = await createOrgWithRoles();
  const sets = await callRoute(listSets, roles.ciso);
  const setId = sets.json.items[0].id as string;
  const created = await callRoute(createResponse, roles.ciso, { method: "POST", params: { id: setId }, body: { title: `Mätning nivå ${level}`, answers: answersUpTo(level) } });
  expect(created.status).toBe(201);
  const params = { id: setId, rid: created.json.id as string };
  expect((await callRoute(submit, roles.ciso, { method: "POST", params, body: { version: created.json.version } })).status).toBe(200);
  if (share) {
    const settings = await callRoute(getSettings, roles.admin);
    expect(settings.json.shareResults).toBe(false);
    expect((await callRoute(putSettings, roles.ciso, { method: "PUT", body: { shareResults: true, version: settings.json.version } })).status).toBe(403);
    expect((await callRoute(putSettings, roles.admin, { method: "PUT", body: { shareResults: true, version: settings.json.version } })).status).toBe(200);
  }
  return { ...roles, params };
}

const bench = (who: Principal, params: { id: string; rid: string }) => callRoute(benchmark, who, { params });
/** Installation-wide: start each case with no organisation sharing. */
const reset = () => db.$executeRaw`UPDATE "Organization" SET "settings" = "settings" - 'benchmarking' WHERE "settings" ? 'benchmarking'`;

describe("benchmarking of follow-up results", () => {
  it("quartiles by hand: [0, 1, 2, 3, 4, 4] gives 1.25, 2.5 and 3.75", () => {
    expect(quartiles([4, 0, 3, 1, 4, 2])).toEqual({ p25: 1.25, median: 2.5, p75: 3.75 });
  });

  it("is not available with five organisations sharing and a sixth not: an organisation is compared with four others", async () => {
    await reset();
    const orgs = [];
    for (const [i, level] of [0, 1, 4, 4, 1, 0].entries()) orgs.push(await organisation(level, i < 5));
    const answer = await bench(orgs[0].management, orgs[0].params);
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ available: false, contributors: 4 });
    await reset();
  });

  it("gives median and quartiles per area of the five other sharing organisations, without names or ids", async () => {
    await reset();
    const orgs = [];
    // Full points up to level 0, 1 and 4 give that level in every work area of the built-in set.
    for (const level of [0, 4, 1, 0, 4, 1]) orgs.push(await organisation(level, true));
    const answer = await bench(orgs[0].auditor, orgs[0].params);
    expect(answer.status).toBe(200);
    expect(answer.json.available).toBe(true);
    expect(answer.json.contributors).toBe(5);
    // The others' levels sorted: [0, 1, 1, 4, 4]; positions 1, 2 and 3 of 0–4 are 1, 1 and 4.
    expect(answer.json.areas.map((a: { key: string }) => a.key)).toEqual(BUILTIN_SET.areas.map((a) => a.key));
    for (const area of answer.json.areas) expect(area).toEqual({ key: area.key, p25: 1, median: 1, p75: 4 });
    const text = JSON.stringify(answer.json);
    for (const org of orgs.slice(1)) {
      expect(text).not.toContain(org.organization.name);
      expect(text).not.toContain(org.organization.id);
      expect(text).not.toContain(org.params.rid);
    }
    expect((await bench(orgs[0].reporter, orgs[0].params)).status).toBe(403);
    expect((await bench(orgs[1].management, orgs[0].params)).status).toBe(404);
    await reset();
  });
});

describe("the result as PDF", () => {
  it("downloads the result with the response title, the organisation and page numbers", async () => {
    const org = await organisation(2, false);
    const pdf = await callRoute(resultPdf, org.management, { params: org.params });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const text = pdfText(Buffer.from(await pdf.response.arrayBuffer()));
    expect(text).toContain("Mätning nivå 2");
    expect(text).toContain(org.organization.name);
    expect(text).toMatch(/Sida 1/);
    expect((await callRoute(resultPdf, org.reporter, { params: org.params })).status).toBe(403);
  });
});
