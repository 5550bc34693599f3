import type { Localized } from "../i18n/locale";
import { recordTypeLabels } from "../records/messages";
import type { ActionStatus } from "./schema";

const sv = {
  title: "Åtgärder",
  description: "Alla åtgärder i ledningssystemet – riskbehandling, korrigerande åtgärder efter incidenter, handlingsplaner efter revision och förbättringsförslag – med ägare, förfallodag och status.",
  newAction: "Ny åtgärd",
  editAction: "Ändra åtgärd",
  listLabel: "Filtrera åtgärder",
  caption: "Åtgärder",
  overdueOnly: "Endast försenade",
  overdue: "Försenad",
  fields: {
    title: "Rubrik",
    description: "Beskrivning",
    owner: "Ägare",
    dueAt: "Förfallodag",
    status: "Status",
    completedAt: "Klar datum",
    source: "Ursprung",
    effectNote: "Effekt / uppföljning",
  },
  status: { planned: "Planerad", in_progress: "Pågår", done: "Klar", cancelled: "Avbruten" } satisfies Record<ActionStatus, string>,
  source: recordTypeLabels.sv,
  noSource: "Fristående",
  noOwner: "Ingen ägare",
  history: "Ändringshistorik",
  created: "Åtgärden är skapad.",
};

const en: typeof sv = {
  title: "Actions",
  description: "Every action in the management system – risk treatment, corrective actions after incidents, audit action plans and improvement proposals – with owner, due date and status.",
  newAction: "New action",
  editAction: "Edit action",
  listLabel: "Filter actions",
  caption: "Actions",
  overdueOnly: "Overdue only",
  overdue: "Overdue",
  fields: {
    title: "Title",
    description: "Description",
    owner: "Owner",
    dueAt: "Due date",
    status: "Status",
    completedAt: "Completed",
    source: "Source",
    effectNote: "Effect / follow-up",
  },
  status: { planned: "Planned", in_progress: "In progress", done: "Done", cancelled: "Cancelled" },
  source: recordTypeLabels.en,
  noSource: "Standalone",
  noOwner: "No owner",
  history: "Change history",
  created: "The action has been created.",
};

export const actionMessages: Localized<typeof sv> = { sv, en };
export type ActionMessages = typeof sv;
