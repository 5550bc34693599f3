import { coreMessages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { Notice } from "./Notice";

/** The friendly text of a 403 page. */
export async function ForbiddenNotice() {
  const t = await getMessages(coreMessages);
  return (
    <div>
      <h1 className="mb-4 text-2xl font-semibold text-gray-900">{t.forbidden.title}</h1>
      <Notice title={t.forbidden.title} tone="warning">
        {t.forbidden.body}
      </Notice>
    </div>
  );
}
