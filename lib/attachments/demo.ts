import { createHash, randomUUID } from "node:crypto";
import { daysAgo, type DemoContext } from "../demo/context";
import { dbStorage } from "./storage-db";

interface DemoFile {
  entity: "asset" | "risk_analysis";
  entityId: string | undefined;
  name: string;
  text: string;
  daysAgo: number;
}

/** A classification decision on the first asset and the minutes of the first risk analysis, as evidence files in the database. */
export async function seedAttachmentsDemo(ctx: DemoContext): Promise<void> {
  const { tx, organizationId, now, users } = ctx;
  // One after the other: a transaction's connection runs one query at a time.
  const asset = await tx.asset.findFirst({ where: { organizationId, classifiedAt: { not: null } }, orderBy: { name: "asc" }, select: { id: true, name: true } });
  const analysis = await tx.riskAnalysis.findFirst({ where: { organizationId }, orderBy: { title: "asc" }, select: { id: true, title: true } });
  const files: DemoFile[] = [
    { entity: "asset", entityId: asset?.id, name: "Klassningsbeslut.md", daysAgo: 40, text: `# Beslut om informationsklassning\n\n${asset?.name ?? ""}: klassningen fastställd av informationsägaren efter genomgång med informationssäkerhetssamordnaren.\n` },
    { entity: "risk_analysis", entityId: analysis?.id, name: "Minnesanteckningar riskanalys.txt", daysAgo: 60, text: `Minnesanteckningar från riskanalysen ${analysis?.title ?? ""}.\nDeltagare, identifierade risker och beslutade åtgärder enligt registret.\n` },
  ];
  for (const file of files) {
    if (!file.entityId) continue;
    const bytes = new Uint8Array(Buffer.from(file.text, "utf8"));
    const id = randomUUID();
    await tx.attachment.create({
      data: {
        id,
        organizationId,
        entity: file.entity,
        entityId: file.entityId,
        name: file.name,
        size: bytes.byteLength,
        sha256: createHash("sha256").update(bytes).digest("hex"),
        contentType: file.name.endsWith(".md") ? "text/markdown; charset=utf-8" : "text/plain; charset=utf-8",
        storage: "db",
        createdById: users.ciso,
        createdAt: daysAgo(now, file.daysAgo),
      },
    });
    await dbStorage.save(tx, { id, organizationId, bytes, contentType: "text/plain" });
  }
}
