import { addCalendarMonths, stockholmMonth, stockholmYear } from "../dates";
import { daysAgo, daysAhead, type DemoContext } from "../demo/context";
import { DEMO_AUDITS, type DemoAudit, type DemoFinding } from "./demo-data";

const days = (now: Date, offset: number) => (offset < 0 ? daysAgo(now, -offset) : daysAhead(now, offset));

/**
 * An approved audit programme for the current year with an audit per perspective: two reported
 * with findings of every type, action plans and actions in the tracker, one escalation to management.
 */
export async function seedFindingsDemo(ctx: DemoContext): Promise<void> {
  const { tx, organizationId, now, users } = ctx;
  const year = stockholmYear(now);
  const programme = await tx.auditProgramme.create({
    data: {
      organizationId,
      title: `Revisionsprogram ${year}`,
      periodFrom: new Date(`${year}-01-01T00:00:00Z`),
      periodTo: new Date(`${year}-12-31T00:00:00Z`),
      ownerId: users.auditor,
      status: "approved",
      approvedById: users.management,
      approvedAt: daysAgo(now, 150),
    },
  });
  for (const audit of DEMO_AUDITS) await seedAudit(ctx, programme.id, audit);
}

async function seedAudit(ctx: DemoContext, programmeId: string, audit: DemoAudit): Promise<void> {
  const { tx, organizationId, now, users } = ctx;
  const row = await tx.audit.create({
    data: {
      organizationId,
      programmeId,
      title: audit.title,
      area: audit.area,
      perspective: audit.perspective,
      orgUnitIds: ctx.orgUnits[audit.unit] ? [ctx.orgUnits[audit.unit]] : [],
      criteriaRefs: audit.criteria,
      plannedMonth: stockholmMonth(addCalendarMonths(now, audit.monthOffset)),
      leadAuditorId: users.auditor,
      auditees: ["Verksamhetschef", "Systemförvaltare"],
      status: audit.status,
      statusReason: audit.reason ?? null,
      performedAt: audit.status === "performed" || audit.status === "reported" ? addCalendarMonths(now, audit.monthOffset) : null,
    },
  });
  await tx.auditChecklistItem.createMany({
    data: (audit.questions ?? []).map(([question, criterion], position) => ({ auditId: row.id, position, question, criterion, result: "conforming", notes: "Intervju och genomgång av dokumentation." })),
  });
  if (audit.report) {
    const { daysAgo: issued, ...report } = audit.report;
    await tx.auditReport.create({ data: { auditId: row.id, revision: 1, ...report, issuedAt: daysAgo(now, issued), issuedById: users.auditor } });
  }
  for (const finding of audit.findings ?? []) await seedFinding(ctx, row.id, audit, finding);
}

async function seedFinding(ctx: DemoContext, auditId: string, audit: DemoAudit, finding: DemoFinding): Promise<void> {
  const { tx, organizationId, now, users } = ctx;
  const positive = finding.type === "positive";
  const row = await tx.finding.create({
    data: {
      organizationId,
      auditId,
      type: finding.type,
      title: finding.title,
      criterion: finding.criterion,
      description: finding.description,
      orgUnitId: ctx.orgUnits[audit.unit] ?? null,
      responsibleId: users[finding.responsible],
      responseDueAt: positive ? null : days(now, finding.dueInDays),
      rootCause: finding.rootCause ?? null,
      actionPlan: finding.actionPlan ?? null,
      planSubmittedAt: finding.actionPlan ? days(now, -(finding.acceptedDaysAgo ?? 3) - 2) : null,
      planAcceptedAt: finding.acceptedDaysAgo !== undefined ? daysAgo(now, finding.acceptedDaysAgo) : null,
      planAcceptedById: finding.acceptedDaysAgo !== undefined ? users.auditor : null,
      status: finding.status,
      verifiedAt: finding.verified ? daysAgo(now, 15) : null,
      verifiedById: finding.verified ? users.auditor : null,
      effective: finding.verified ? true : null,
      closedAt: finding.status === "closed" ? daysAgo(now, positive ? audit.report!.daysAgo : 14) : null,
      escalatedAt: finding.escalate ? daysAgo(now, 5) : null,
      escalatedToId: finding.escalate ? users.management : null,
      escalationNote: finding.escalate ? "Svar på avvikelsen har uteblivit trots påminnelse." : null,
      createdById: users.auditor,
    },
  });
  if (finding.action) {
    const owner = finding.responsible === "reporter" ? users.ciso : users[finding.responsible];
    await tx.action.create({
      data: {
        organizationId,
        title: finding.action.title,
        ownerId: owner,
        dueAt: days(now, finding.action.dueInDays),
        status: finding.action.done ? "done" : "planned",
        completedAt: finding.action.done ? days(now, finding.action.dueInDays - 3) : null,
        sourceType: "finding",
        sourceId: row.id,
        createdById: users.auditor,
      },
    });
  }
}
