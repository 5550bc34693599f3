import { db } from "../lib/db/client";
import { DEMO_ORG_UNITS, type DemoContext } from "../lib/demo/context";
import { demoRegisterSeeds } from "../lib/demo/registers";
import { createOrganization, createOrgUnit, createPrincipal } from "./factories";

/** A fresh organisation with every register's demo data: every indicator has something to count. */
export async function demoOrganization() {
  const organization = await createOrganization("Drill-down");
  const orgUnits: Record<string, string> = {};
  for (const name of DEMO_ORG_UNITS) orgUnits[name] = (await createOrgUnit(organization.id, name)).id;
  const roles = ["admin", "ciso", "information_owner", "information_owner", "auditor", "management", "reporter"] as const;
  const [admin, ciso, informationOwner, informationOwner2, auditor, management, reporter] = await Promise.all(roles.map((role) => createPrincipal(organization, role)));
  const users = { admin, ciso, informationOwner, informationOwner2, auditor, management, reporter };
  await db.$transaction(
    async (tx) => {
      const context: DemoContext = { tx, organizationId: organization.id, orgUnits, now: new Date(), users: Object.fromEntries(Object.entries(users).map(([key, user]) => [key, user.userId])) as DemoContext["users"] };
      for (const seed of demoRegisterSeeds) await seed(context);
    },
    { timeout: 60_000 },
  );
  return users;
}

