import Link from "next/link";
import type { ActionMessages } from "@/lib/actions/messages";
import type { ActionView } from "@/lib/actions/schema";
import { recordHref } from "@/lib/records/registry";

/** "Ursprung: Risk – Brand i serverrummet" as a link to the record the action came from. */
export function ActionOrigin({ source, t }: { source: ActionView["source"]; t: ActionMessages }) {
  if (!source) return <span>{`${t.fields.source}: ${t.noSource}`}</span>;
  const href = recordHref(source.type, source.id);
  const label = source.title ? `${t.source[source.type]} – ${source.title}` : t.source[source.type];
  return (
    <span data-testid="action-origin">
      {`${t.fields.source}: `}
      {href ? (
        <Link href={href} className="text-blue-800 underline">
          {label}
        </Link>
      ) : (
        label
      )}
    </span>
  );
}
