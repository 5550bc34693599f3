import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { db } from "../db/client";
import type { Principal, Role } from "../authz/roles";
import { authOptions } from "./options";
import { sessionIsCurrent } from "./sessions";
import { hashToken } from "./token-hash";

export const ORG_COOKIE = "isms_org";

/**
 * The user's role in the preferred organisation (or their first), read from the database. A
 * session also names the session version it was issued with; an older one has been ended.
 */
export async function principalFor(
  userId: string,
  preferredOrgId: string | undefined,
  via: Principal["via"],
  session?: { sessionVersion: unknown },
): Promise<Principal | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: { memberships: { include: { organization: true }, orderBy: { createdAt: "asc" } } },
  });
  if (!user?.active || user.memberships.length === 0) return null;
  if (session && !sessionIsCurrent(session.sessionVersion, user.sessionVersion)) return null;
  const membership = user.memberships.find((m) => m.organizationId === preferredOrgId) ?? user.memberships[0];
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: membership.role as Role,
    organizationId: membership.organizationId,
    organizationSlug: membership.organization.slug,
    organizationName: membership.organization.name,
    via,
  };
}

async function principalFromToken(token: string): Promise<Principal | null> {
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt < new Date())) return null;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  const principal = await principalFor(row.userId, row.organizationId, "token");
  // A token is bound to the organisation it was created in.
  return principal?.organizationId === row.organizationId ? principal : null;
}

async function principalFromSession(): Promise<Principal | null> {
  const session = await getServerSession(authOptions);
  const user = session?.user as { id?: string; sessionVersion?: unknown } | undefined;
  if (!user?.id) return null;
  const preferredOrg = (await cookies()).get(ORG_COOKIE)?.value;
  return principalFor(user.id, preferredOrg, "session", { sessionVersion: user.sessionVersion });
}

/** Who is calling: a Bearer token wins over the session cookie. */
export async function requestPrincipal(request: Request): Promise<Principal | null> {
  const header = request.headers.get("authorization");
  if (header?.toLowerCase().startsWith("bearer ")) return principalFromToken(header.slice(7).trim());
  return principalFromSession();
}

/**
 * The signed-in user for server components, read once per request however many components ask
 * (React's request-scoped cache; outside a render it simply calls through).
 */
export const sessionPrincipal = cache(principalFromSession);
