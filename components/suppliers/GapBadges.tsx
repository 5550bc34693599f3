import { Badge } from "@/components/ui/Badge";
import type { ContractGap } from "@/lib/contracts/schema";
import type { SupplierMessages } from "@/lib/suppliers/messages";

/** A contract's or supplier's gaps, in red words so they stand out without relying on colour. */
export function GapBadges({ gaps, t, showNone = false }: { gaps: readonly string[]; t: SupplierMessages; showNone?: boolean }) {
  if (gaps.length === 0) return showNone ? <Badge tone="green">{t.noGaps}</Badge> : null;
  return (
    <span className="inline-flex flex-wrap gap-1">
      {gaps.map((gap) => (
        <Badge key={gap} tone="red">
          {t.gaps[gap as ContractGap] ?? gap}
        </Badge>
      ))}
    </span>
  );
}
