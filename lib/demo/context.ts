import type { Tx } from "../db/client";

/** What each register's demo seed gets: the demo organisation, its users by role and its units. */
export interface DemoContext {
  tx: Tx;
  organizationId: string;
  users: {
    admin: string;
    ciso: string;
    informationOwner: string;
    informationOwner2: string;
    auditor: string;
    management: string;
    reporter: string;
  };
  /** Org unit ids by name: "Kommunledningsförvaltningen", "Socialförvaltningen", "Barn- och utbildningsförvaltningen", "Samhällsbyggnadsförvaltningen", "IT-enheten". */
  orgUnits: Record<string, string>;
  /** "Today" for the demo, so relative dates stay realistic. */
  now: Date;
}

export const DEMO_ORG_UNITS = [
  "Kommunledningsförvaltningen",
  "Socialförvaltningen",
  "Barn- och utbildningsförvaltningen",
  "Samhällsbyggnadsförvaltningen",
  "IT-enheten",
] as const;

export const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);
export const daysAhead = (now: Date, days: number) => new Date(now.getTime() + days * 86_400_000);
