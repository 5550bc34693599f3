import Link from "next/link";
import { SupplierTabs } from "@/components/suppliers/SupplierTabs";
import { DataTable, type Column } from "@/components/table/DataTable";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { contractCalendar, type CalendarEvent } from "@/lib/contracts/calendar";
import { formatDate } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { supplierMessages } from "@/lib/suppliers/messages";

/** The contract calendar: the coming year's last notice days and end dates. */
export default async function ContractCalendarPage() {
  const principal = await pagePrincipal();
  if (!can(principal, "suppliers.read")) return <Forbidden />;
  const [t, events] = await Promise.all([getMessages(supplierMessages), contractCalendar(principal)]);
  const columns: Column<CalendarEvent>[] = [
    { key: "date", header: t.calendar.date, cell: (e) => formatDate(e.date) },
    { key: "kind", header: t.calendar.kind, cell: (e) => t.calendar.kinds[e.kind] },
    { key: "contract", header: t.fields.contractTitle, cell: (e) => <Link className="text-blue-800 underline" href={`/leverantorer/avtal/${e.contractId}`}>{e.title}</Link> },
    { key: "supplier", header: t.fields.supplier, cell: (e) => e.supplierName },
    { key: "renewal", header: t.fields.autoRenewal, cell: (e) => (e.autoRenewal ? t.yes : t.no) },
  ];
  return (
    <>
      <PageHeader title={t.calendar.title} description={t.calendar.description} />
      <SupplierTabs current="calendar" />
      <DataTable caption={t.calendar.title} columns={columns} rows={events} rowKey={(e) => `${e.contractId}-${e.kind}`} empty={t.calendar.empty} />
    </>
  );
}
