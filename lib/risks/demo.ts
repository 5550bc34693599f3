import { daysAgo, daysAhead, type DemoContext } from "../demo/context";
import { DEMO_ANALYSES, DEMO_RISKS, type DemoRisk } from "./demo-data";

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Two completed risk analyses with risks across every band: some accepted by management with a
 * motivated decision, some reduced with actions (two of them overdue), and level history going
 * months back. Links to the assets demo by asset name; without those assets the risks stand alone.
 */
export async function seedRisksDemo(ctx: DemoContext): Promise<void> {
  const { tx, organizationId, now, users } = ctx;
  const assets = await tx.asset.findMany({ where: { organizationId }, select: { id: true, name: true } });
  const assetIds = (names: string[]) => names.map((name) => assets.find((asset) => asset.name === name)?.id).filter((id): id is string => !!id);

  const analysisIds = new Map<string, string>();
  for (const analysis of DEMO_ANALYSES) {
    const row = await tx.riskAnalysis.create({
      data: {
        organizationId,
        title: analysis.title,
        scope: analysis.scope,
        method: analysis.method,
        orgUnitId: ctx.orgUnits[analysis.unit] ?? null,
        performedAt: daysAgo(now, analysis.performedDaysAgo),
        participants: analysis.participants,
        status: "completed",
        createdAt: daysAgo(now, analysis.performedDaysAgo + 20),
        assets: { create: assetIds(analysis.assets).map((assetId) => ({ assetId })) },
      },
    });
    analysisIds.set(analysis.key, row.id);
  }

  for (const risk of DEMO_RISKS) {
    const [likelihood, consequence] = risk.level;
    const residual = risk.residual ?? (risk.treatment === "accept" ? risk.level : undefined);
    const decidedAt = risk.decidedDaysAgo !== undefined ? daysAgo(now, risk.decidedDaysAgo) : null;
    const row = await tx.risk.create({
      data: {
        organizationId,
        title: risk.title,
        cause: sentence(risk.cause),
        event: sentence(risk.event),
        consequenceText: sentence(risk.consequence),
        analysisId: risk.analysis ? analysisIds.get(risk.analysis)! : null,
        identifiedAt: daysAgo(now, risk.identifiedDaysAgo),
        likelihood,
        consequence,
        level: likelihood * consequence,
        ownerId: users[risk.owner],
        treatment: risk.treatment ?? null,
        residualLikelihood: residual?.[0] ?? null,
        residualConsequence: residual?.[1] ?? null,
        residualLevel: residual ? residual[0] * residual[1] : null,
        acceptanceDecidedById: risk.acceptedBy ? users[risk.acceptedBy] : null,
        acceptanceDecidedAt: risk.acceptedBy ? decidedAt : null,
        acceptanceMotivation: risk.acceptedBy ? (risk.motivation ?? null) : null,
        acceptanceRecordedById: risk.acceptedBy ? users[risk.acceptedBy] : null,
        status: risk.status,
        reviewDueAt: daysAhead(now, risk.reviewInDays),
        createdAt: daysAgo(now, risk.identifiedDaysAgo),
        assets: { create: assetIds(risk.assets).map((assetId) => ({ assetId })) },
      },
    });
    await tx.riskLevelChange.createMany({ data: levelHistory(risk, row.id, ctx) });
    for (const action of risk.actions ?? []) {
      await tx.action.create({
        data: {
          organizationId,
          title: action.title,
          ownerId: users[risk.owner],
          dueAt: daysAhead(now, action.dueInDays),
          status: action.status,
          completedAt: action.completedDaysAgo !== undefined ? daysAgo(now, action.completedDaysAgo) : null,
          sourceType: "risk",
          sourceId: row.id,
          createdById: users.ciso,
          createdAt: decidedAt ?? daysAgo(now, risk.identifiedDaysAgo),
        },
      });
    }
  }
}

/** As identified (possibly at another level), then as decided: what the trend counts month by month. */
function levelHistory(risk: DemoRisk, riskId: string, ctx: DemoContext) {
  const { organizationId, now, users } = ctx;
  const [l0, c0] = risk.initial ?? risk.level;
  const identified = {
    organizationId,
    riskId,
    likelihood: l0,
    consequence: c0,
    level: l0 * c0,
    status: "open" as const,
    changedById: users.ciso,
    changedAt: daysAgo(now, risk.identifiedDaysAgo),
  };
  if (risk.decidedDaysAgo === undefined && !risk.initial) return [identified];
  const residual = risk.residual ?? (risk.treatment === "accept" ? risk.level : undefined);
  const [likelihood, consequence] = risk.level;
  const current = {
    ...identified,
    likelihood,
    consequence,
    level: likelihood * consequence,
    residualLikelihood: residual?.[0] ?? null,
    residualConsequence: residual?.[1] ?? null,
    residualLevel: residual ? residual[0] * residual[1] : null,
    status: risk.status,
    changedById: risk.acceptedBy ? users[risk.acceptedBy] : users.ciso,
    changedAt: daysAgo(now, risk.decidedDaysAgo ?? Math.floor(risk.identifiedDaysAgo / 2)),
  };
  return [identified, current];
}
