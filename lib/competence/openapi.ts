import { optionsQuerySchema, recordOptionSchema } from "../api/options";
import { defineRoute, idParams, itemsSchema, pagedSchema } from "../api/route";
import { z } from "../validation/zod";
import {
  coverageViewSchema,
  importQuerySchema,
  overdueExportQuerySchema,
  overdueQuerySchema,
  overdueViewSchema,
  peopleImportViewSchema,
  personCreateSchema,
  personListQuerySchema,
  personTrainingViewSchema,
  personUpdateSchema,
  personViewSchema,
  recordCreateSchema,
  recordListQuerySchema,
  recordsImportViewSchema,
  recordViewSchema,
  sessionCreateSchema,
  trainingCreateSchema,
  trainingListQuerySchema,
  trainingUpdateSchema,
  trainingViewSchema,
} from "./schema";
import { roundCreateSchema, roundViewSchema, surveyCreateSchema, surveyListQuerySchema, surveySuggestSchema, surveyUpdateSchema, surveyViewSchema } from "./survey-schema";

const tag = "Kompetens";
const people = "/api/v1/people";
const trainings = "/api/v1/trainings";
const records = "/api/v1/training-records";
const surveys = "/api/v1/knowledge-surveys";
const read = "competence.read" as const;
const write = "competence.write" as const;

const crud = <const B extends string>(base: B, noun: string) => ({ base, item: `${base}/{id}` as const, noun });

const p = crud(people, "personer");
const t = crud(trainings, "utbildningar");
const s = crud(surveys, "kunskapskartläggningar");

export const competenceRoutes = {
  people: {
    coverage: defineRoute({ method: "GET", path: "/api/v1/people/coverage", tag, summary: "Andel aktuella på sina obligatoriska utbildningar per verksamhet och målgrupp", permission: read, response: coverageViewSchema }),
    overdue: defineRoute({ method: "GET", path: "/api/v1/people/overdue", tag, summary: "Försenade och aldrig genomförda obligatoriska utbildningar (?orgUnitId=)", permission: read, query: overdueQuerySchema, response: itemsSchema(overdueViewSchema) }),
    overdueExport: defineRoute({ method: "GET", path: "/api/v1/people/overdue/export", tag, summary: "Exportera listan över försenade som CSV eller Excel", permission: read, query: overdueExportQuerySchema, file: true }),
    import: defineRoute({
      method: "POST",
      path: `${people}/import`,
      tag,
      summary:
        "HR-synk från .xlsx eller .csv (multipart, fältet `file`; ?mode=preview|commit). En fullständig export: aktiva personer som saknas avslutas. " +
        "preview ändrar inget och svarar {created, updated, ended, errors, fields}; commit är allt eller inget (400 med `fields` som `rad 7.employeeNumber`).",
      permission: write,
      query: importQuerySchema,
      upload: true,
      response: peopleImportViewSchema.extend({ fields: z.record(z.string(), z.array(z.string())) }),
    }),
    options: defineRoute({ method: "GET", path: `${people}/options`, tag, summary: "Sök personer att välja", permission: read, query: optionsQuerySchema, response: itemsSchema(recordOptionSchema) }),
    list: defineRoute({ method: "GET", path: p.base, tag, summary: "Lista personal (aktiva som standard, ?active=false för alla)", permission: read, query: personListQuerySchema, response: pagedSchema(personViewSchema) }),
    create: defineRoute({ method: "POST", path: p.base, tag, summary: `Skapa ${p.noun}`, permission: write, body: personCreateSchema, response: personViewSchema, status: 201 }),
    get: defineRoute({ method: "GET", path: p.item, tag, summary: "Hämta en person", permission: read, params: idParams, response: personViewSchema }),
    update: defineRoute({ method: "PATCH", path: p.item, tag, summary: "Ändra en person (skicka version)", permission: write, params: idParams, body: personUpdateSchema, response: personViewSchema }),
    remove: defineRoute({ method: "DELETE", path: p.item, tag, summary: "Ta bort en person och dess genomföranden", permission: write, params: idParams, status: 204 }),
    trainings: defineRoute({ method: "GET", path: `${p.item}/trainings`, tag, summary: "Personens utbildningar med status (current/due_soon/overdue/never)", permission: read, params: idParams, response: itemsSchema(personTrainingViewSchema) }),
  },
  me: defineRoute({ method: "GET", path: "/api/v1/me/trainings", tag, summary: "Mina utbildningar (personen kopplad till mig via användare eller e-post)", permission: "me.read", response: itemsSchema(personTrainingViewSchema) }),
  trainings: {
    list: defineRoute({ method: "GET", path: t.base, tag, summary: "Lista utbildningar", permission: read, query: trainingListQuerySchema, response: pagedSchema(trainingViewSchema) }),
    create: defineRoute({ method: "POST", path: t.base, tag, summary: `Skapa ${t.noun}`, permission: write, body: trainingCreateSchema, response: trainingViewSchema, status: 201 }),
    get: defineRoute({ method: "GET", path: t.item, tag, summary: "Hämta en utbildning", permission: read, params: idParams, response: trainingViewSchema }),
    update: defineRoute({ method: "PATCH", path: t.item, tag, summary: "Ändra en utbildning (paus stoppar förfallodatum och påminnelser)", permission: write, params: idParams, body: trainingUpdateSchema, response: trainingViewSchema }),
    remove: defineRoute({ method: "DELETE", path: t.item, tag, summary: "Ta bort en utbildning och dess historik", permission: write, params: idParams, status: 204 }),
    rounds: defineRoute({ method: "GET", path: `${t.item}/phishing-rounds`, tag, summary: "En phishingövnings utskick med klick- och rapporteringsfrekvens", permission: read, params: idParams, response: itemsSchema(roundViewSchema) }),
    addRound: defineRoute({ method: "POST", path: `${t.item}/phishing-rounds`, tag, summary: "Registrera ett utskick i en phishingövning", permission: write, params: idParams, body: roundCreateSchema, response: roundViewSchema, status: 201 }),
    removeRound: defineRoute({ method: "DELETE", path: `${t.item}/phishing-rounds/{roundId}`, tag, summary: "Ta bort ett utskick", permission: write, params: z.object({ id: z.uuid(), roundId: z.uuid() }), status: 204 }),
  },
  records: {
    list: defineRoute({ method: "GET", path: records, tag, summary: "Lista genomföranden (?personId=&trainingId=)", permission: read, query: recordListQuerySchema, response: pagedSchema(recordViewSchema) }),
    create: defineRoute({ method: "POST", path: records, tag, summary: "Registrera ett genomförande (t.ex. från en lärplattform)", permission: write, body: recordCreateSchema, response: recordViewSchema, status: 201 }),
    session: defineRoute({ method: "POST", path: `${records}/session`, tag, summary: "Registrera ett utbildningstillfälle: en utbildning, flera deltagare", permission: write, body: sessionCreateSchema, response: z.object({ created: z.number().int() }), status: 201 }),
    import: defineRoute({
      method: "POST",
      path: `${records}/import`,
      tag,
      summary:
        "Importera genomföranden från lärplattformens .xlsx eller .csv (multipart, fältet `file`; ?trainingId= när filen saknar kolumnen Utbildning). " +
        "Personer matchas på anställningsnummer eller e-post; okänd person är ett radfel. Allt eller inget (400 med `fields` som `rad 7.employeeNumber`).",
      permission: write,
      query: z.object({ trainingId: z.uuid().optional() }),
      upload: true,
      response: recordsImportViewSchema,
      status: 201,
    }),
    remove: defineRoute({ method: "DELETE", path: `${records}/{id}`, tag, summary: "Ta bort ett genomförande", permission: write, params: idParams, status: 204 }),
  },
  surveys: {
    list: defineRoute({ method: "GET", path: s.base, tag, summary: "Lista kunskapskartläggningar med jämförelse mot förra per område", permission: read, query: surveyListQuerySchema, response: pagedSchema(surveyViewSchema) }),
    create: defineRoute({ method: "POST", path: s.base, tag, summary: `Skapa ${s.noun}`, permission: write, body: surveyCreateSchema, response: surveyViewSchema, status: 201 }),
    get: defineRoute({ method: "GET", path: s.item, tag, summary: "Hämta en kunskapskartläggning", permission: read, params: idParams, response: surveyViewSchema }),
    update: defineRoute({ method: "PATCH", path: s.item, tag, summary: "Ändra en kunskapskartläggning (skicka version)", permission: write, params: idParams, body: surveyUpdateSchema, response: surveyViewSchema }),
    remove: defineRoute({ method: "DELETE", path: s.item, tag, summary: "Ta bort en kunskapskartläggning", permission: write, params: idParams, status: 204 }),
    suggest: defineRoute({ method: "POST", path: `${s.item}/suggest-training`, tag, summary: "Föreslå en utbildning för ett svagt område (skapar en åtgärd med källa survey)", permission: write, params: idParams, body: surveySuggestSchema, response: z.object({ actionId: z.uuid() }), status: 201 }),
  },
};
