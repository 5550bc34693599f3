-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "employeeNumber" TEXT,
    "orgUnitId" TEXT,
    "targetGroups" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "startedAt" DATE,
    "endedAt" DATE,
    "userId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Training" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "kind" TEXT NOT NULL,
    "targetGroups" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "mandatory" BOOLEAN NOT NULL DEFAULT false,
    "recurrenceMonths" INTEGER,
    "newStaffWithinDays" INTEGER,
    "knowledgeAreas" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "ownerId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Training_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingRecord" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "trainingId" TEXT NOT NULL,
    "completedAt" TIMESTAMP(3) NOT NULL,
    "score" INTEGER,
    "passed" BOOLEAN,
    "source" TEXT NOT NULL DEFAULT 'manual',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "TrainingRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PhishingRound" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "trainingId" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL,
    "recipients" INTEGER NOT NULL,
    "clicked" INTEGER NOT NULL,
    "reported" INTEGER NOT NULL,
    "byUnit" JSONB NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "PhishingRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KnowledgeSurvey" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "conductedAt" DATE NOT NULL,
    "method" TEXT NOT NULL,
    "areas" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "orgUnitIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "invited" INTEGER,
    "responded" INTEGER,
    "results" JSONB NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "KnowledgeSurvey_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Person_organizationId_employeeNumber_key" ON "Person"("organizationId", "employeeNumber");

-- CreateIndex
CREATE INDEX "Person_organizationId_orgUnitId_idx" ON "Person"("organizationId", "orgUnitId");

-- CreateIndex
CREATE INDEX "Person_organizationId_email_idx" ON "Person"("organizationId", "email");

-- CreateIndex
CREATE INDEX "Person_organizationId_userId_idx" ON "Person"("organizationId", "userId");

-- CreateIndex
CREATE INDEX "Person_organizationId_name_idx" ON "Person"("organizationId", "name");

-- CreateIndex
CREATE INDEX "Training_organizationId_status_idx" ON "Training"("organizationId", "status");

-- CreateIndex
CREATE INDEX "TrainingRecord_organizationId_trainingId_personId_completedAt_idx" ON "TrainingRecord"("organizationId", "trainingId", "personId", "completedAt");

-- CreateIndex
CREATE INDEX "TrainingRecord_personId_completedAt_idx" ON "TrainingRecord"("personId", "completedAt");

-- CreateIndex
CREATE INDEX "PhishingRound_organizationId_sentAt_idx" ON "PhishingRound"("organizationId", "sentAt");

-- CreateIndex
CREATE INDEX "PhishingRound_trainingId_sentAt_idx" ON "PhishingRound"("trainingId", "sentAt");

-- CreateIndex
CREATE INDEX "KnowledgeSurvey_organizationId_conductedAt_idx" ON "KnowledgeSurvey"("organizationId", "conductedAt");

-- AddForeignKey
ALTER TABLE "TrainingRecord" ADD CONSTRAINT "TrainingRecord_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingRecord" ADD CONSTRAINT "TrainingRecord_trainingId_fkey" FOREIGN KEY ("trainingId") REFERENCES "Training"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PhishingRound" ADD CONSTRAINT "PhishingRound_trainingId_fkey" FOREIGN KEY ("trainingId") REFERENCES "Training"("id") ON DELETE CASCADE ON UPDATE CASCADE;
