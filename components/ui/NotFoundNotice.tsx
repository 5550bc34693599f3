import Link from "next/link";
import { coreMessages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { Notice } from "./Notice";

/** The friendly text of a 404 page, with the way back. */
export async function NotFoundNotice() {
  const t = await getMessages(coreMessages);
  return (
    <div>
      <h1 className="mb-4 text-2xl font-semibold text-gray-900">{t.notFound.title}</h1>
      <Notice title={t.notFound.title} tone="info">
        <p>{t.notFound.body}</p>
        <p className="mt-2">
          <Link href="/" className="text-blue-800 underline">{t.notFound.home}</Link>
        </p>
      </Notice>
    </div>
  );
}
