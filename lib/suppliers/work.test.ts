import { describe, expect, it } from "vitest";
import { contractCalendar } from "../contracts/calendar";
import { createContract } from "../contracts/service";
import { createOrgWithRoles } from "../../test/factories";
import { createTestSupplier } from "../../test/suppliers-factories";
import { supplierWork } from "./work";

const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe("supplier reminders", () => {
  it("reminds the contract owner of notice dates within 90 days and past, and nothing further out", async () => {
    const { organization, ciso, management } = await createOrgWithRoles();
    const supplier = await createTestSupplier(ciso);
    const make = (title: string, endsAt: string) => createContract(ciso, { supplierId: supplier.id, title, status: "active", ownerId: management.userId, endsAt: day(endsAt), noticeMonths: 3 });
    const [soon, past] = [await make("Snart", "2026-09-30"), await make("Passerat", "2026-06-30")];
    await make("Långt borta", "2028-12-31");
    await createContract(ciso, { supplierId: supplier.id, title: "Avslutat", status: "terminated", ownerId: management.userId, endsAt: day("2026-06-30") });
    const now = new Date("2026-05-15T10:00:00Z");
    const due = (await supplierWork.dueItems(organization.id, now)).filter((item) => item.kind === "contract_notice");
    expect(due.map((item) => [item.recordId, item.state, item.dueAt.toISOString().slice(0, 10)]).sort()).toEqual(
      [
        [soon.id, "due_soon", "2026-06-30"],
        [past.id, "overdue", "2026-03-30"],
      ].sort(),
    );
    expect(due.every((item) => JSON.stringify(item.recipients) === JSON.stringify([{ userId: management.userId }]))).toBe(true);
    expect((await supplierWork.forUser(organization.id, management.userId, now)).filter((item) => item.kind === "contract_notice")).toHaveLength(3);
    // The calendar shows the coming year's notice and end dates, earliest first.
    const calendar = await contractCalendar(management, 365, now);
    expect(calendar.map((event) => [event.date, event.kind, event.title])).toEqual([
      ["2026-06-30", "end", "Passerat"],
      ["2026-06-30", "notice", "Snart"],
      ["2026-09-30", "end", "Snart"],
    ]);
  });
});
