import type { RecordType } from "../records/registry";

/**
 * The kinds of due work the registers produce. One kind = one reminder preference a user can set
 * (immediately / daily digest / weekly digest / off) and one group on "Mitt arbete".
 */
export const WORK_KINDS = [
  "action_due",
  "asset_review",
  "risk_review",
  "incident_obligation",
  "contract_notice",
  "supplier_follow_up",
  "finding_response",
  "training_due",
] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

/**
 * `upcoming`: assigned, due later (listed on "Mitt arbete", never reminded); `due_soon`: inside the
 * kind's warning window; `overdue`: the due time has passed. A reminder is sent once per state.
 */
export type DueState = "upcoming" | "due_soon" | "overdue";

/** `all`: everything open (Mitt arbete); `due`: due soon or overdue only (the header bell). */
export type WorkScope = "all" | "due";

/** Who a work item is for: a user of the organisation, or a person with only an e-mail address (training). */
export type WorkRecipient = { userId: string } | { email: string; name: string };

/** One thing somebody has to do by a date, as a register sees it at `now`. */
export interface WorkItem {
  kind: WorkKind;
  /** The record the work is about (an action, an asset, a contract…): links and de-duplication use it. */
  recordType: RecordType;
  recordId: string;
  /** A sub-key when one record has several due things (an incident's IMY and NIS2 obligations). */
  subKey?: string;
  title: string;
  dueAt: Date;
  state: DueState;
  /** Page to open; defaults to the record's page from the registry. */
  href?: string;
  recipients: WorkRecipient[];
}

/**
 * A register's source of due work (lib/<register>/work.ts), listed in lib/work/providers.ts.
 * `dueItems` answers what is due soon or overdue in one organisation at `now` (what reminders are
 * sent for); it reads only and must be one or a few queries, whatever the size of the register.
 * `forUser` answers everything open assigned to one user, `upcoming` included, for "Mitt arbete".
 */
export interface WorkProvider {
  kinds: readonly WorkKind[];
  dueItems(organizationId: string, now: Date): Promise<WorkItem[]>;
  /** `due`: only what is due soon or overdue may be returned (the header bell); a provider that can, leaves `upcoming` out of its query. */
  forUser(organizationId: string, userId: string, now: Date, scope?: WorkScope): Promise<WorkItem[]>;
  /** The bell's figure as one count query, for a register where one user can have hundreds due (a ciso's obligations). */
  countDue?(organizationId: string, userId: string, now: Date): Promise<number>;
}
