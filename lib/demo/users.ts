import type { Role } from "../authz/roles";

/** Demo-only password for every demo user (listed in the README; never use in production). */
export const DEMO_PASSWORD = "Exempel-2026!";

export const DEMO_USERS: { key: "admin" | "ciso" | "informationOwner" | "informationOwner2" | "auditor" | "management" | "reporter"; email: string; name: string; role: Role }[] = [
  { key: "admin", email: "admin@exempelkommunen.se", name: "Alva Lindqvist", role: "admin" },
  { key: "ciso", email: "ciso@exempelkommunen.se", name: "Karin Berg", role: "ciso" },
  { key: "informationOwner", email: "informationsagare@exempelkommunen.se", name: "Johan Ek", role: "information_owner" },
  { key: "informationOwner2", email: "informationsagare2@exempelkommunen.se", name: "Maria Nilsson", role: "information_owner" },
  { key: "auditor", email: "revisor@exempelkommunen.se", name: "Per Holm", role: "auditor" },
  { key: "management", email: "ledning@exempelkommunen.se", name: "Eva Sjöberg", role: "management" },
  { key: "reporter", email: "medarbetare@exempelkommunen.se", name: "Ali Hassan", role: "reporter" },
];

export const DEMO_ORG_SLUG = "exempelkommunen";
