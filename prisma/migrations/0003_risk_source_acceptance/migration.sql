-- AlterEnum
ALTER TYPE "RiskStatus" ADD VALUE 'acceptance_proposed';

-- AlterTable
ALTER TABLE "Risk" ADD COLUMN     "acceptanceConfirmedAt" TIMESTAMP(3),
ADD COLUMN     "acceptanceRecordedById" TEXT;

-- Concurrent drafts could make several risks from one incident: the oldest keeps the source, the
-- others become ordinary risks, so the unique index below can be built.
UPDATE "Risk" SET "sourceType" = NULL, "sourceId" = NULL
WHERE "id" IN (
  SELECT "id" FROM (
    SELECT "id", row_number() OVER (PARTITION BY "sourceType", "sourceId" ORDER BY "createdAt", "id") AS "n"
    FROM "Risk" WHERE "sourceType" IS NOT NULL AND "sourceId" IS NOT NULL
  ) AS "ranked"
  WHERE "n" > 1
);

-- CreateIndex
CREATE UNIQUE INDEX "Risk_sourceType_sourceId_key" ON "Risk"("sourceType", "sourceId");
