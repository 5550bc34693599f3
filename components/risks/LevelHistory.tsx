import { DataTable } from "@/components/table/DataTable";
import { formatDateTime } from "@/lib/format";
import type { RiskMessages } from "@/lib/risks/messages";
import type { RiskLevelChangeView } from "@/lib/risks/schema";
import { RiskLevelBadge } from "./RiskLevelBadge";

/** Every recorded level of a risk, newest first: the risk's part of the risk picture over time. */
export function LevelHistory({ changes, t, empty }: { changes: RiskLevelChangeView[]; t: RiskMessages; empty: string }) {
  return (
    <DataTable
      caption={t.detail.historyCaption}
      rows={changes}
      rowKey={(c) => c.id}
      empty={empty}
      columns={[
        { key: "at", header: t.detail.changedAt, cell: (c) => <time dateTime={c.changedAt}>{formatDateTime(c.changedAt)}</time> },
        { key: "level", header: t.fields.level, cell: (c) => <RiskLevelBadge level={c.level} band={c.band} labels={t.bands} /> },
        { key: "lc", header: `${t.fields.likelihood} × ${t.fields.consequence}`, cell: (c) => `${c.likelihood} × ${c.consequence}` },
        { key: "residual", header: t.fields.residual, cell: (c) => <RiskLevelBadge level={c.residualLevel} band={c.residualBand} labels={t.bands} /> },
        { key: "status", header: t.fields.status, cell: (c) => t.statuses[c.status] },
        { key: "by", header: t.detail.changedBy, cell: (c) => c.changedByName ?? "–" },
      ]}
    />
  );
}
