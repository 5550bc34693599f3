-- CreateTable
CREATE TABLE "QuestionSet" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "source" TEXT,
    "builtinKey" TEXT,
    "areas" JSONB NOT NULL DEFAULT '[]',
    "uncertainLimits" JSONB NOT NULL DEFAULT '[0.5,0.25,0.1,0]',
    "questions" JSONB NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "QuestionSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionnaireResponse" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "questionSetId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "periodFrom" DATE NOT NULL,
    "periodTo" DATE NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "answers" JSONB NOT NULL DEFAULT '[]',
    "result" JSONB,
    "submittedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "QuestionnaireResponse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "QuestionSet_organizationId_builtinKey_key" ON "QuestionSet"("organizationId", "builtinKey");

-- CreateIndex
CREATE INDEX "QuestionSet_organizationId_createdAt_idx" ON "QuestionSet"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "QuestionnaireResponse_organizationId_createdAt_idx" ON "QuestionnaireResponse"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "QuestionnaireResponse_questionSetId_idx" ON "QuestionnaireResponse"("questionSetId");

-- AddForeignKey
ALTER TABLE "QuestionnaireResponse" ADD CONSTRAINT "QuestionnaireResponse_questionSetId_fkey" FOREIGN KEY ("questionSetId") REFERENCES "QuestionSet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
