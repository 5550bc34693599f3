import { coreMessages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { Notice } from "./Notice";

/** A register that is not built yet says so plainly — no invented figures. */
export async function NotBuilt({ title }: { title: string }) {
  const t = await getMessages(coreMessages);
  return (
    <div>
      <h1 className="mb-4 text-2xl font-semibold text-gray-900">{title}</h1>
      <Notice title={t.notBuilt.title}>{t.notBuilt.body}</Notice>
    </div>
  );
}
