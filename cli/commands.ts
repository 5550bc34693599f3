import { hashPassword } from "../lib/auth/password";
import { endSessions } from "../lib/auth/sessions";
import { ROLES, type Role } from "../lib/authz/roles";
import { db } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrate";
import { seedDemo } from "../lib/demo/seed";
import { issueToken } from "../lib/tokens/service";
import { z } from "../lib/validation/zod";
import { requireFlag } from "./args";

type Flags = Record<string, string>;
const say = (line: string) => process.stdout.write(`${line}\n`);

const slugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, "slug: små bokstäver, siffror och bindestreck");

export async function migrate(_flags: Flags, url: string) {
  const applied = await applyMigrations(url);
  say(applied.length ? `Migrerade: ${applied.join(", ")}` : "Databasen är redan aktuell.");
}

/** Creates or updates a user and its membership; creates the organisation when the slug is new. */
export async function userCreate(flags: Flags) {
  const email = z.email().parse(requireFlag(flags, "email").trim().toLowerCase());
  const name = requireFlag(flags, "name");
  const role = requireFlag(flags, "role") as Role;
  if (!ROLES.includes(role)) throw new Error(`okänd roll ${role}; välj ${ROLES.join(", ")}`);
  const slug = slugSchema.parse(flags.org ?? "default");
  const passwordHash = flags.password ? await hashPassword(flags.password) : undefined;
  if (flags.password !== undefined && flags.password.length < 10) throw new Error("lösenordet måste ha minst 10 tecken");
  await db.$transaction(async (tx) => {
    const organization =
      (await tx.organization.findUnique({ where: { slug } })) ??
      (await tx.organization.create({ data: { slug, name: flags["org-name"] ?? slug, kind: "annan" } }));
    const user = await tx.user.upsert({
      where: { email },
      create: { email, name, passwordHash },
      update: { name, ...(passwordHash ? { passwordHash } : {}), version: { increment: 1 } },
    });
    // The operator resetting a password signs the account out everywhere.
    if (passwordHash) await endSessions(tx, user.id);
    await tx.membership.upsert({
      where: { userId_organizationId: { userId: user.id, organizationId: organization.id } },
      create: { userId: user.id, organizationId: organization.id, role },
      update: { role },
    });
    await tx.auditEvent.create({
      data: { organizationId: organization.id, actorLabel: "cli", entity: "user", entityId: user.id, action: "cli.user:create", after: { email, name, role } },
    });
  });
  say(`Användaren ${email} har rollen ${role} i ${slug}.`);
}

/** The operator switches an account off (or on again) in every organisation; switching off ends its sessions. */
export async function userActive(flags: Flags, active: boolean) {
  const email = requireFlag(flags, "email").trim().toLowerCase();
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, include: { memberships: true } });
    if (!user) throw new Error(`ingen användare med e-post ${email}`);
    await tx.user.update({ where: { id: user.id }, data: { active, version: { increment: 1 } } });
    if (!active) await endSessions(tx, user.id);
    for (const { organizationId } of user.memberships) {
      await tx.auditEvent.create({
        data: { organizationId, actorLabel: "cli", entity: "user", entityId: user.id, action: active ? "cli.user:enable" : "cli.user:disable", before: { active: user.active }, after: { active } },
      });
    }
  });
  say(active ? `Kontot ${email} är aktivt.` : `Kontot ${email} är avstängt i alla organisationer och utloggat.`);
}

export async function tokenCreate(flags: Flags) {
  const email = requireFlag(flags, "email").trim().toLowerCase();
  const user = await db.user.findUnique({ where: { email }, include: { memberships: { include: { organization: true }, orderBy: { createdAt: "asc" } } } });
  if (!user) throw new Error(`ingen användare med e-post ${email}`);
  const membership = flags.org ? user.memberships.find((m) => m.organization.slug === flags.org) : user.memberships[0];
  if (!membership) throw new Error(flags.org ? `${email} är inte medlem i ${flags.org}` : `${email} saknar organisation`);
  const { token } = await db.$transaction((tx) =>
    issueToken(tx, { userId: user.id, organizationId: membership.organizationId, name: flags.name ?? "CLI" }),
  );
  say(`API-nyckel för ${email} i ${membership.organization.slug} (visas bara nu):`);
  say(token);
}

export async function seed() {
  const created = await seedDemo();
  say(created ? "Demoorganisationen Exempelkommunen är inläst." : "Demoorganisationen finns redan.");
}
