import type { Role } from "../authz/roles";
import type { InvitationView } from "./schema";

interface InvitationRow {
  id: string;
  email: string;
  name: string;
  role: string;
  expiresAt: Date;
  createdAt: Date;
}

export const INVITATION_DAYS = 14;

export function toInvitationView(row: InvitationRow, now = new Date()): InvitationView {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    status: row.expiresAt <= now ? "expired" : "invited",
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
  };
}

/** The link the admin hands over; the page lives outside the signed-in part of the app. */
export function acceptUrl(baseUrl: string, token: string): string {
  return new URL(`/invite/${token}`, baseUrl).toString();
}

/** The app's public address (NEXTAUTH_URL), else the one the request came to. */
export function appBaseUrl(request: Request): string {
  return process.env.NEXTAUTH_URL || new URL(request.url).origin;
}
