import type { DemoContext } from "../demo/context";
import { daysAgo } from "../demo/context";
import { DEMO_TARGETS, FIRST_SESSION, SECOND_SESSION, type DemoSession } from "./demo-data";
import { horizonDueDate } from "./rules";
import { maturitySettings } from "./settings";

async function createSession(ctx: DemoContext, session: DemoSession, evidence: Record<string, Array<{ type: string; id: string; label: string }>> = {}) {
  return ctx.tx.maturityAssessment.create({
    data: {
      organizationId: ctx.organizationId,
      title: session.title,
      heldAt: daysAgo(ctx.now, session.daysAgo),
      participants: session.participants,
      facilitator: session.facilitator,
      status: "completed",
      entries: {
        create: session.entries.map((entry) => ({
          perspective: entry.perspective,
          level: entry.level,
          reasons: entry.reasons,
          aspectNotes: entry.aspectNotes ?? {},
          evidence: evidence[entry.perspective] ?? [],
        })),
      },
      proposals: { create: session.proposals.map((proposal, position) => ({ ...proposal, position })) },
    },
    include: { proposals: { orderBy: { position: "asc" } } },
  });
}

/**
 * Exempelkommunen's two dialogues a year apart. The first session's classification proposal
 * became an action that is done, and the second session cites it as evidence for its level 3.
 */
export async function seedMaturityDemo(ctx: DemoContext): Promise<void> {
  const first = await createSession(ctx, FIRST_SESSION);
  const proposal = first.proposals[0];
  const heldAt = daysAgo(ctx.now, FIRST_SESSION.daysAgo);
  const action = await ctx.tx.action.create({
    data: {
      organizationId: ctx.organizationId,
      title: proposal.what,
      description: `${proposal.how}\n\nVem: ${proposal.who}`,
      ownerId: ctx.users.ciso,
      dueAt: horizonDueDate("0-6", heldAt),
      status: "done",
      completedAt: daysAgo(ctx.now, 200),
      effectNote: "Alla förvaltningar har utsett informationsägare och klassat sina verksamhetssystem.",
      sourceType: "maturity",
      sourceId: first.id,
      createdById: ctx.users.ciso,
    },
  });
  await ctx.tx.maturityProposal.update({ where: { id: proposal.id }, data: { actionId: action.id } });

  await createSession(ctx, SECOND_SESSION, { informationsklassning: [{ type: "action", id: action.id, label: action.title }] });

  await maturitySettings.seed(ctx.tx, ctx.organizationId, { targets: DEMO_TARGETS });
}
