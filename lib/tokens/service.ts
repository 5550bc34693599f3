import "server-only";
import { randomBytes } from "node:crypto";
import { hashToken } from "../auth/token-hash";
import { recordAudit } from "../audit/trail";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db, type Tx } from "../db/client";
import { notFound } from "../errors";
import type { CreatedTokenView, TokenCreate, TokenView } from "./schema";

type TokenRow = Awaited<ReturnType<typeof db.apiToken.findFirstOrThrow>>;

function toTokenView(row: TokenRow): TokenView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Issues a token for a user in an organisation; only its hash is stored. Also used by the CLI. */
export async function issueToken(tx: Tx, args: { userId: string; organizationId: string; name: string; expiresAt?: Date | null }) {
  const token = `isms_${randomBytes(30).toString("base64url")}`;
  const row = await tx.apiToken.create({
    data: { ...args, expiresAt: args.expiresAt ?? null, tokenHash: hashToken(token), prefix: token.slice(0, 10) },
  });
  await recordAudit(tx, { userId: args.userId, email: "", organizationId: args.organizationId }, {
    entity: "api_token",
    entityId: row.id,
    action: "create",
    after: toTokenView(row),
  });
  return { token, row };
}

export async function listOwnTokens(principal: Principal): Promise<TokenView[]> {
  authorize(principal, "tokens.manage");
  const rows = await db.apiToken.findMany({
    where: { userId: principal.userId, organizationId: principal.organizationId },
    orderBy: { createdAt: "desc" },
  });
  return rows.map(toTokenView);
}

/** POST /api/v1/tokens, whose row checks tokens.manage. */
export async function createOwnToken(principal: Principal, input: TokenCreate): Promise<CreatedTokenView> {
  const { token, row } = await db.$transaction((tx) =>
    issueToken(tx, { userId: principal.userId, organizationId: principal.organizationId, name: input.name, expiresAt: input.expiresAt }),
  );
  return { ...toTokenView(row), token };
}

export async function revokeOwnToken(principal: Principal, id: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await tx.apiToken.findUnique({ where: { id } });
    if (!row || row.userId !== principal.userId) throw notFound();
    authorize(principal, "tokens.manage", row);
    const after = await tx.apiToken.update({ where: { id }, data: { revokedAt: row.revokedAt ?? new Date() } });
    await recordAudit(tx, principal, { entity: "api_token", entityId: id, action: "revoke", before: toTokenView(row), after: toTokenView(after) });
  });
}
