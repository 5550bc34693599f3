-- CreateTable
CREATE TABLE "ManagementReview" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "heldAt" DATE,
    "participants" TEXT[],
    "periodFrom" DATE NOT NULL,
    "periodTo" DATE NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "sections" JSONB,
    "comments" JSONB NOT NULL DEFAULT '{}',
    "conclusion" JSONB,
    "signedOffById" TEXT,
    "signedOffAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ManagementReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ManagementReviewDecision" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "actionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ManagementReviewDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ManagementReview_organizationId_periodTo_idx" ON "ManagementReview"("organizationId", "periodTo");

-- CreateIndex
CREATE INDEX "ManagementReviewDecision_reviewId_idx" ON "ManagementReviewDecision"("reviewId");

-- CreateIndex
CREATE INDEX "ManagementReviewDecision_organizationId_createdAt_idx" ON "ManagementReviewDecision"("organizationId", "createdAt");

-- AddForeignKey
ALTER TABLE "ManagementReviewDecision" ADD CONSTRAINT "ManagementReviewDecision_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "ManagementReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "Objective" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "perspective" TEXT NOT NULL,
    "indicatorKey" TEXT,
    "target" DOUBLE PRECISION,
    "dueAt" DATE,
    "ownerId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Objective_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Objective_organizationId_dueAt_idx" ON "Objective"("organizationId", "dueAt");
