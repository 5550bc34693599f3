import type { Prisma } from "../db/client";
import { daysAgo, daysAhead, type DemoContext } from "../demo/context";
import { stockholmYear } from "../dates";
import { compileSections } from "./compile";

const yearBounds = (year: number) => ({ periodFrom: new Date(`${year}-01-01T00:00:00Z`), periodTo: new Date(`${year}-12-31T00:00:00Z`) });

/**
 * Last year's review, held and signed off with two decisions (one an action in the tracker), and
 * this year's draft, whose section (a) lists those decisions.
 */
export async function seedManagementReviewsDemo(ctx: DemoContext): Promise<void> {
  const { tx, organizationId, now, users } = ctx;
  const year = stockholmYear(now);
  const last = await tx.managementReview.create({
    data: {
      organizationId,
      title: `Ledningens genomgång ${year - 1}`,
      ...yearBounds(year - 1),
      participants: ["Kommundirektör", "Informationssäkerhetssamordnare", "IT-chef"],
      comments: { b: "NIS2 och den nya cybersäkerhetslagen påverkar kommunens verksamheter.", e: "Revisorerna efterfrågar tätare uppföljning av leverantörer." },
    },
  });
  const action = await tx.action.create({
    data: {
      organizationId,
      title: "Inför flerfaktorsautentisering för alla konton",
      ownerId: users.ciso,
      dueAt: daysAhead(now, 45),
      status: "in_progress",
      sourceType: "management_review",
      sourceId: last.id,
      createdById: users.management,
    },
  });
  await tx.managementReviewDecision.createMany({
    data: [
      { organizationId, reviewId: last.id, text: "Flerfaktorsautentisering ska införas för alla konton.", kind: "resources", actionId: action.id },
      { organizationId, reviewId: last.id, text: "Informationssäkerhetsmålen för året fastställs.", kind: "objective" },
    ],
  });
  // The indicator providers read committed data, which the demo organisation is not yet: last year's snapshot has none.
  const sections = (await compileSections(tx, last, daysAgo(now, 60), async () => [])) as Prisma.InputJsonValue;
  await tx.managementReview.update({
    where: { id: last.id },
    data: {
      status: "closed",
      sections,
      heldAt: daysAgo(now, 60),
      conclusion: { suitability: "yes", adequacy: "partly", effectiveness: "partly", comment: "Ledningssystemet är lämpligt; resurserna för leverantörsuppföljning räcker inte." },
      signedOffById: users.management,
      signedOffAt: daysAgo(now, 55),
    },
  });
  await tx.objective.createMany({
    data: [
      { organizationId, title: "Alla informationstillgångar ska vara klassade", perspective: "informationsklassning", indicatorKey: "assets.classified_share", target: 1, dueAt: new Date(`${year}-12-31T00:00:00Z`), ownerId: users.ciso },
      { organizationId, title: "Beslutad behandling för minst 90 % av riskerna", perspective: "riskhantering", indicatorKey: "risks.treatment_decided_share", target: 0.9, dueAt: new Date(`${year}-06-30T00:00:00Z`), ownerId: users.ciso },
    ],
  });
  await tx.managementReview.create({
    data: { organizationId, title: `Ledningens genomgång ${year}`, ...yearBounds(year), participants: ["Kommundirektör", "Informationssäkerhetssamordnare"] },
  });
}
