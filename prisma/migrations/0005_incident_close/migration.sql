-- AlterTable
ALTER TABLE "IncidentObligation" ADD COLUMN     "assessedAt" TIMESTAMP(3),
ADD COLUMN     "assessedById" TEXT,
ADD COLUMN     "motivation" TEXT;
