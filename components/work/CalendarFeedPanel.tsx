"use client";
import { useId, useState } from "react";
import { FormMessage } from "@/components/form/fields";
import { Button } from "@/components/ui/Button";
import { apiFetch } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-submit";
import { formatDateTime } from "@/lib/format";
import { useMessages } from "@/lib/i18n/client";
import { workMessages } from "@/lib/work/messages";
import type { CalendarFeedView } from "@/lib/work/schema";

/** Create, replace or revoke the secret .ics address; the address is shown once, right after. */
export function CalendarFeedPanel({ feed: initial }: { feed: CalendarFeedView }) {
  const t = useMessages(workMessages).calendar;
  const [feed, setFeed] = useState(initial);
  const { busy, message, run } = useApiAction();
  const urlId = useId();
  const rotate = () => run(async () => setFeed(await apiFetch<CalendarFeedView>("/api/v1/me/calendar-feed", { method: "POST" })));
  const revoke = () =>
    run(async () => {
      await apiFetch("/api/v1/me/calendar-feed", { method: "DELETE" });
      setFeed({ active: false, createdAt: null, url: null });
    });
  return (
    <div className="max-w-xl space-y-3 text-sm">
      <p className="text-gray-700">{t.description}</p>
      <p>{feed.active && feed.createdAt ? `${t.activeSince} ${formatDateTime(feed.createdAt)}.` : t.inactive}</p>
      {feed.url ? (
        <div>
          <label htmlFor={urlId} className="font-medium text-gray-900">
            {t.url}
          </label>
          <input id={urlId} readOnly value={feed.url} aria-describedby={`${urlId}-hint`} className="mt-1 block w-full rounded border border-gray-400 px-2 py-1 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
          <p id={`${urlId}-hint`} className="mt-1 text-xs text-gray-700">
            {t.copyHint}
          </p>
        </div>
      ) : null}
      <FormMessage message={message} />
      <div className="flex flex-wrap gap-2">
        <Button onClick={rotate} disabled={busy}>
          {feed.active ? t.rotate : t.create}
        </Button>
        {feed.active ? (
          <Button variant="secondary" onClick={revoke} disabled={busy}>
            {t.revoke}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
