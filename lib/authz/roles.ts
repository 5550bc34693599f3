export const ROLES = ["admin", "ciso", "information_owner", "auditor", "management", "reporter"] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting: a signed-in user or a personal access token, in one organisation. */
export interface Principal {
  userId: string;
  email: string;
  name: string;
  role: Role;
  organizationId: string;
  organizationSlug: string;
  organizationName: string;
  via: "session" | "token";
}
