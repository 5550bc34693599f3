import { hashPassword } from "../auth/password";
import { db } from "../db/client";
import { DEMO_ORG_UNITS, type DemoContext } from "./context";
import { demoRegisterSeeds } from "./registers";
import { DEMO_ORG_SLUG, DEMO_PASSWORD, DEMO_USERS } from "./users";

/** Loads Exempelkommunen with one user per role and every register's demo data. Returns false when it exists. */
export async function seedDemo(now = new Date()): Promise<boolean> {
  if (await db.organization.findUnique({ where: { slug: DEMO_ORG_SLUG } })) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(
    async (tx) => {
      const organization = await tx.organization.create({ data: { name: "Exempelkommunen", slug: DEMO_ORG_SLUG, kind: "kommun" } });
      const orgUnits: Record<string, string> = {};
      for (const name of DEMO_ORG_UNITS) {
        orgUnits[name] = (await tx.orgUnit.create({ data: { organizationId: organization.id, name } })).id;
      }
      const users = {} as DemoContext["users"];
      for (const demoUser of DEMO_USERS) {
        const user = await tx.user.upsert({
          where: { email: demoUser.email },
          create: { email: demoUser.email, name: demoUser.name, passwordHash },
          update: {},
        });
        await tx.membership.create({ data: { userId: user.id, organizationId: organization.id, role: demoUser.role } });
        users[demoUser.key] = user.id;
      }
      await tx.auditEvent.create({
        data: { organizationId: organization.id, actorLabel: "system", entity: "organization", entityId: organization.id, action: "seed.demo" },
      });
      const context: DemoContext = { tx, organizationId: organization.id, users, orgUnits, now };
      for (const seed of demoRegisterSeeds) await seed(context);
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  return true;
}
