import { can } from "./authz/authorize";
import type { Permission } from "./authz/permissions";
import type { Principal } from "./authz/roles";
import type { CoreMessages } from "./i18n/messages";

const ITEMS: { href: string; key: keyof CoreMessages["nav"]; permission: Permission }[] = [
  { href: "/", key: "overview", permission: "me.read" },
  { href: "/mitt-arbete", key: "myWork", permission: "me.read" },
  { href: "/tillgangar", key: "assets", permission: "assets.read" },
  { href: "/risker", key: "risks", permission: "risks.read" },
  { href: "/incidenter", key: "incidents", permission: "incidents.report" },
  { href: "/leverantorer", key: "suppliers", permission: "suppliers.read" },
  { href: "/kompetens", key: "competence", permission: "competence.read" },
  { href: "/internrevision", key: "audits", permission: "audits.read" },
  { href: "/mognad", key: "maturity", permission: "maturity.read" },
  { href: "/atgarder", key: "actions", permission: "actions.read" },
  { href: "/admin", key: "admin", permission: "tokens.manage" },
];

/** The menu the role may use (pages check again on the server). */
export function navigationFor(principal: Principal, t: CoreMessages["nav"]) {
  return ITEMS.filter((item) => can(principal, item.permission)).map((item) => ({ href: item.href, label: t[item.key] }));
}
