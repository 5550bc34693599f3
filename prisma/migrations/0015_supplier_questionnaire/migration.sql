-- CreateTable
CREATE TABLE "SupplierQuestionnaireLink" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "followUpId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "questions" JSONB NOT NULL DEFAULT '[]',
    "answers" JSONB,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "answeredAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupplierQuestionnaireLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicRequestHit" (
    "id" TEXT NOT NULL,
    "bucket" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicRequestHit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SupplierQuestionnaireLink_tokenHash_key" ON "SupplierQuestionnaireLink"("tokenHash");

-- CreateIndex
CREATE INDEX "SupplierQuestionnaireLink_followUpId_createdAt_idx" ON "SupplierQuestionnaireLink"("followUpId", "createdAt");

-- CreateIndex
CREATE INDEX "PublicRequestHit_bucket_at_idx" ON "PublicRequestHit"("bucket", "at");

-- AddForeignKey
ALTER TABLE "SupplierQuestionnaireLink" ADD CONSTRAINT "SupplierQuestionnaireLink_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "SupplierFollowUp"("id") ON DELETE CASCADE ON UPDATE CASCADE;
