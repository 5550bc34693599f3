-- CreateEnum
CREATE TYPE "AuditProgrammeStatus" AS ENUM ('draft', 'approved');

-- CreateEnum
CREATE TYPE "AuditStatus" AS ENUM ('planned', 'prepared', 'performed', 'reported', 'closed', 'postponed', 'cancelled');

-- CreateEnum
CREATE TYPE "AuditConclusion" AS ENUM ('conforming', 'largely_conforming', 'not_conforming');

-- CreateEnum
CREATE TYPE "FindingType" AS ENUM ('major_nonconformity', 'minor_nonconformity', 'observation', 'improvement', 'positive');

-- CreateEnum
CREATE TYPE "FindingStatus" AS ENUM ('open', 'plan_submitted', 'plan_accepted', 'implemented', 'verified', 'closed');

-- CreateTable
CREATE TABLE "AuditProgramme" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "periodFrom" TIMESTAMP(3) NOT NULL,
    "periodTo" TIMESTAMP(3) NOT NULL,
    "ownerId" TEXT,
    "status" "AuditProgrammeStatus" NOT NULL DEFAULT 'draft',
    "approvedById" TEXT,
    "approvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AuditProgramme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Audit" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "area" TEXT,
    "perspective" TEXT,
    "orgUnitIds" TEXT[],
    "criteria" TEXT,
    "criteriaRefs" TEXT[],
    "plannedMonth" TEXT NOT NULL,
    "leadAuditorId" TEXT,
    "auditorIds" TEXT[],
    "auditees" TEXT[],
    "status" "AuditStatus" NOT NULL DEFAULT 'planned',
    "statusReason" TEXT,
    "performedAt" TIMESTAMP(3),
    "interviews" JSONB NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Audit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditChecklistItem" (
    "id" TEXT NOT NULL,
    "auditId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "question" TEXT NOT NULL,
    "criterion" TEXT,
    "result" TEXT,
    "notes" TEXT,
    "evidence" TEXT,
    "links" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AuditChecklistItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditReport" (
    "id" TEXT NOT NULL,
    "auditId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "summary" TEXT NOT NULL,
    "scope" TEXT,
    "conclusion" "AuditConclusion" NOT NULL,
    "motivation" TEXT,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "issuedById" TEXT,

    CONSTRAINT "AuditReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Finding" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "auditId" TEXT NOT NULL,
    "type" "FindingType" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "criterion" TEXT,
    "evidence" TEXT,
    "orgUnitId" TEXT,
    "responsibleId" TEXT,
    "responseDueAt" TIMESTAMP(3),
    "rootCause" TEXT,
    "actionPlan" TEXT,
    "planSubmittedAt" TIMESTAMP(3),
    "planAcceptedAt" TIMESTAMP(3),
    "planAcceptedById" TEXT,
    "status" "FindingStatus" NOT NULL DEFAULT 'open',
    "verifiedAt" TIMESTAMP(3),
    "verifiedById" TEXT,
    "effective" BOOLEAN,
    "verificationNote" TEXT,
    "closedAt" TIMESTAMP(3),
    "escalatedAt" TIMESTAMP(3),
    "escalatedToId" TEXT,
    "escalationNote" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Finding_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditProgramme_organizationId_periodFrom_idx" ON "AuditProgramme"("organizationId", "periodFrom");

-- CreateIndex
CREATE INDEX "Audit_organizationId_plannedMonth_idx" ON "Audit"("organizationId", "plannedMonth");

-- CreateIndex
CREATE INDEX "Audit_programmeId_idx" ON "Audit"("programmeId");

-- CreateIndex
CREATE INDEX "AuditChecklistItem_auditId_position_idx" ON "AuditChecklistItem"("auditId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "AuditReport_auditId_revision_key" ON "AuditReport"("auditId", "revision");

-- CreateIndex
CREATE INDEX "Finding_organizationId_status_responseDueAt_idx" ON "Finding"("organizationId", "status", "responseDueAt");

-- CreateIndex
CREATE INDEX "Finding_auditId_idx" ON "Finding"("auditId");

-- AddForeignKey
ALTER TABLE "AuditProgramme" ADD CONSTRAINT "AuditProgramme_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Audit" ADD CONSTRAINT "Audit_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Audit" ADD CONSTRAINT "Audit_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "AuditProgramme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditChecklistItem" ADD CONSTRAINT "AuditChecklistItem_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "Audit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditReport" ADD CONSTRAINT "AuditReport_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "Audit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "Audit"("id") ON DELETE CASCADE ON UPDATE CASCADE;
