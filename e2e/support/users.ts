import { randomUUID } from "node:crypto";
import { test } from "@playwright/test";
import { createToken, isms } from "./cli";

/** The password of every user a spec creates (the CLI asks for at least 10 characters). */
export const PASSWORD = "E2e-eget-losen-2026";

const ROLE_OF = {
  admin: "admin",
  ciso: "ciso",
  informationOwner: "information_owner",
  informationOwner2: "information_owner",
  auditor: "auditor",
  management: "management",
  reporter: "reporter",
} as const;

export type Member = keyof typeof ROLE_OF;

/** Display names, unique within an organisation, for specs that look for a person by name. */
export const NAME_OF: Record<Member, string> = {
  admin: "Anna Admin",
  ciso: "Karin Berg",
  informationOwner: "Ingrid Ägare",
  informationOwner2: "Olle Ägare",
  auditor: "Rita Revisor",
  management: "Lena Ledning",
  reporter: "Mats Medarbetare",
};

export interface OwnOrganization {
  slug: string;
  name: string;
  /** The e-mail of each member asked for. */
  email: Record<Member, string>;
  /** A personal access token for a member (created once, on first use). */
  token(member: Member): string;
  /** Adds one more user with `role` to this organisation and returns their e-mail. */
  addUser(role: (typeof ROLE_OF)[Member], name?: string): string;
}

/**
 * A fresh organisation with one user per member asked for, created through the operator's CLI, so a
 * spec neither relies on the demo users nor sees another spec's data, and the suite can run against
 * an external database. Call it in `beforeAll`/a test, never at import (the server is not up yet).
 */
export function ownOrganization(label: string, members: readonly Member[] = Object.keys(ROLE_OF) as Member[]): OwnOrganization {
  // Every account and token is a CLI start (2–4 s on 2 busy cores); two workers doing this in their
  // beforeAll at once, against two instances, outlast the default 60 s. Never shortens a longer limit.
  test.setTimeout(Math.max(test.info().timeout, 150_000));
  const id = randomUUID().slice(0, 8);
  const slug = `e2e-${label}-${id}`;
  const name = `E2E ${label} ${id}`;
  const addUser = (role: (typeof ROLE_OF)[Member], userName = `E2E ${role}`, email = `${role.replace("_", "-")}-${randomUUID().slice(0, 8)}@${slug}.example.se`) => {
    isms("user:create", "--email", email, "--name", userName, "--role", role, "--org", slug, "--org-name", name, "--password", PASSWORD);
    return email;
  };
  const email = {} as Record<Member, string>;
  for (const member of members) email[member] = addUser(ROLE_OF[member], NAME_OF[member]);
  const tokens = new Map<Member, string>();
  const token = (member: Member) => {
    if (!email[member]) throw new Error(`${member} was not created for ${slug}`);
    if (!tokens.has(member)) tokens.set(member, createToken(email[member], slug));
    return tokens.get(member)!;
  };
  return { slug, name, email, token, addUser: (role, userName) => addUser(role, userName) };
}
