import { subDays, subMonths } from "date-fns";
import { db } from "../lib/db/client";

/** A yearly mandatory basic course and a new-staff course (30 days), both active, for all staff. */
export async function createCourses(organizationId: string) {
  const [yearly, newStaff] = await Promise.all([
    db.training.create({ data: { organizationId, title: "Grundkurs", kind: "e_learning", mandatory: true, recurrenceMonths: 12, status: "active", targetGroups: ["all_staff"] } }),
    db.training.create({ data: { organizationId, title: "Introduktion", kind: "e_learning", mandatory: true, newStaffWithinDays: 30, status: "active", targetGroups: ["new_staff"] } }),
  ]);
  return { yearly, newStaff };
}

export function createPerson(organizationId: string, data: { name: string; orgUnitId?: string; employeeNumber?: string; email?: string; startedAt?: Date }) {
  return db.person.create({ data: { organizationId, ...data } });
}

export function complete(organizationId: string, personId: string, trainingId: string, completedAt: Date) {
  return db.trainingRecord.create({ data: { organizationId, personId, trainingId, completedAt } });
}

export const monthsAgo = (months: number, now = new Date()) => subMonths(now, months);
export const daysAgo = (days: number, now = new Date()) => subDays(now, days);

/** An upload as the browser sends it: multipart with the part `file`. */
export function csvForm(lines: string[]): FormData {
  const form = new FormData();
  form.append("file", new Blob([lines.join("\n")], { type: "text/csv" }), "fil.csv");
  return form;
}
