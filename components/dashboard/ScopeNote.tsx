import { scopeOf } from "@/lib/authz/authorize";
import type { Permission } from "@/lib/authz/permissions";
import type { Principal } from "@/lib/authz/roles";
import { coreMessages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";

/** Says whose figures a dashboard card counts: the whole organisation, or only what concerns the reader. */
export async function ScopeNote({ principal, permission }: { principal: Principal; permission: Permission }) {
  const t = (await getMessages(coreMessages)).scope;
  return (
    <p className="-mt-2 mb-3 text-sm text-gray-700" data-testid="scope-note">
      {scopeOf(principal, permission) === "all" ? t.all : t.own}
    </p>
  );
}
