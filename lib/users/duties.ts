import type { Permission } from "../authz/permissions";
import { optionsQuerySchema } from "../api/options";
import { z } from "../validation/zod";

/**
 * What a person is picked to be, and the permission that role must hold to do it: a risk owner
 * decides on acceptance, an action owner reports on the action, a handler handles incidents.
 * The picker offers only people who can, and the server refuses anyone else.
 */
export const USER_DUTIES = {
  asset_owner: "assets.write",
  risk_owner: "risks.accept",
  action_owner: "actions.write",
  incident_handler: "incidents.handle",
  // Internal audit: auditors lead audits; anyone may answer for a finding in their area.
  auditor: "audits.write",
  finding_responsible: "findings.respond",
} as const satisfies Record<string, Permission>;
export type UserDuty = keyof typeof USER_DUTIES;
export const USER_DUTY_KEYS = Object.keys(USER_DUTIES) as UserDuty[];

/** `?q=…&take=…&duty=risk_owner` of GET /api/v1/users/options. */
export const userOptionsQuerySchema = optionsQuerySchema.extend({ duty: z.enum(USER_DUTY_KEYS).optional() });
export type UserOptionsQuery = z.output<typeof userOptionsQuerySchema>;
