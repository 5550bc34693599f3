import Link from "next/link";
import { coreMessages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { hrefWith } from "@/lib/page/search-params";

export async function Pagination({ path, params, page, pageSize, total }: { path: string; params: Record<string, string>; page: number; pageSize: number; total: number }) {
  const t = await getMessages(coreMessages);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const link = "rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm text-gray-900 hover:bg-gray-50";
  return (
    <nav aria-label={t.common.page} className="mt-3 flex items-center justify-between text-sm text-gray-800">
      <p>
        {t.common.total}: {total} · {t.common.page} {page} / {pages}
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link className={link} href={hrefWith(path, params, { page: String(page - 1) })}>
            {t.common.previous}
          </Link>
        ) : null}
        {page < pages ? (
          <Link className={link} href={hrefWith(path, params, { page: String(page + 1) })}>
            {t.common.next}
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
