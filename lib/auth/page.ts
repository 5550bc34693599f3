import "server-only";
import { redirect } from "next/navigation";
import type { Principal } from "../authz/roles";
import { sessionPrincipal } from "./principal";

/** The signed-in user for a page; signed-out visitors go to the login page. */
export async function pagePrincipal(): Promise<Principal> {
  const principal = await sessionPrincipal();
  if (!principal) redirect("/login");
  return principal;
}
