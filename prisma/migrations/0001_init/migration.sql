-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('kommun', 'region', 'myndighet', 'foretag', 'annan');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('admin', 'ciso', 'information_owner', 'auditor', 'management', 'reporter');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('planned', 'in_progress', 'done', 'cancelled');

-- CreateEnum
CREATE TYPE "AssetKind" AS ENUM ('information', 'system', 'service', 'physical', 'other');

-- CreateEnum
CREATE TYPE "RiskAnalysisStatus" AS ENUM ('planned', 'ongoing', 'completed');

-- CreateEnum
CREATE TYPE "RiskTreatment" AS ENUM ('reduce', 'accept', 'transfer', 'avoid');

-- CreateEnum
CREATE TYPE "RiskStatus" AS ENUM ('open', 'treated', 'accepted', 'closed');

-- CreateEnum
CREATE TYPE "IncidentStatus" AS ENUM ('reported', 'triaged', 'investigating', 'resolved', 'closed');

-- CreateEnum
CREATE TYPE "PersonalDataAnswer" AS ENUM ('yes', 'no', 'unknown');

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "OrganizationKind" NOT NULL DEFAULT 'kommun',
    "settings" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrgUnit" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "code" TEXT,
    "description" TEXT,
    "parentId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "OrgUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "orgUnitId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "lastUsedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "actorId" TEXT,
    "actorLabel" TEXT,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Sequence" (
    "organizationId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Sequence_pkey" PRIMARY KEY ("organizationId","key")
);

-- CreateTable
CREATE TABLE "Action" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "ownerId" TEXT,
    "dueAt" TIMESTAMP(3),
    "status" "ActionStatus" NOT NULL DEFAULT 'planned',
    "completedAt" TIMESTAMP(3),
    "sourceType" TEXT,
    "sourceId" TEXT,
    "effectNote" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Asset" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "orgUnitId" TEXT NOT NULL,
    "ownerId" TEXT,
    "kind" "AssetKind" NOT NULL DEFAULT 'information',
    "confidentiality" INTEGER,
    "integrity" INTEGER,
    "availability" INTEGER,
    "traceability" INTEGER,
    "protectionLevel" INTEGER,
    "classified" BOOLEAN NOT NULL DEFAULT false,
    "classifiedAt" TIMESTAMP(3),
    "classifiedById" TEXT,
    "reviewDueAt" TIMESTAMP(3),
    "personalData" BOOLEAN NOT NULL DEFAULT false,
    "sensitivePersonalData" BOOLEAN NOT NULL DEFAULT false,
    "legalRequirements" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Asset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssetLink" (
    "holderId" TEXT NOT NULL,
    "heldId" TEXT NOT NULL,

    CONSTRAINT "AssetLink_pkey" PRIMARY KEY ("holderId","heldId")
);

-- CreateTable
CREATE TABLE "AssetClassification" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "assetId" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'classified',
    "confidentiality" INTEGER,
    "integrity" INTEGER,
    "availability" INTEGER,
    "traceability" INTEGER,
    "motivations" JSONB NOT NULL DEFAULT '{}',
    "levelNames" JSONB NOT NULL DEFAULT '{}',
    "classifiedById" TEXT,
    "classifiedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssetClassification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SecurityRequirement" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "category" TEXT NOT NULL,
    "aspect" TEXT NOT NULL,
    "minLevel" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SecurityRequirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssetRequirementStatus" (
    "assetId" TEXT NOT NULL,
    "requirementId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "note" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AssetRequirementStatus_pkey" PRIMARY KEY ("assetId","requirementId")
);

-- CreateTable
CREATE TABLE "RiskAnalysis" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "scope" TEXT,
    "method" TEXT,
    "orgUnitId" TEXT,
    "performedAt" TIMESTAMP(3),
    "participants" TEXT[],
    "status" "RiskAnalysisStatus" NOT NULL DEFAULT 'planned',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "RiskAnalysis_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskAnalysisAsset" (
    "analysisId" TEXT NOT NULL,
    "assetId" TEXT NOT NULL,

    CONSTRAINT "RiskAnalysisAsset_pkey" PRIMARY KEY ("analysisId","assetId")
);

-- CreateTable
CREATE TABLE "Risk" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "cause" TEXT,
    "event" TEXT,
    "consequenceText" TEXT,
    "analysisId" TEXT,
    "identifiedAt" DATE NOT NULL,
    "likelihood" INTEGER NOT NULL,
    "consequence" INTEGER NOT NULL,
    "level" INTEGER NOT NULL,
    "ownerId" TEXT,
    "treatment" "RiskTreatment",
    "residualLikelihood" INTEGER,
    "residualConsequence" INTEGER,
    "residualLevel" INTEGER,
    "acceptanceDecidedById" TEXT,
    "acceptanceDecidedAt" TIMESTAMP(3),
    "acceptanceMotivation" TEXT,
    "status" "RiskStatus" NOT NULL DEFAULT 'open',
    "reviewDueAt" TIMESTAMP(3),
    "sourceType" TEXT,
    "sourceId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Risk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskAsset" (
    "riskId" TEXT NOT NULL,
    "assetId" TEXT NOT NULL,

    CONSTRAINT "RiskAsset_pkey" PRIMARY KEY ("riskId","assetId")
);

-- CreateTable
CREATE TABLE "RiskLevelChange" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "riskId" TEXT NOT NULL,
    "likelihood" INTEGER NOT NULL,
    "consequence" INTEGER NOT NULL,
    "level" INTEGER NOT NULL,
    "residualLikelihood" INTEGER,
    "residualConsequence" INTEGER,
    "residualLevel" INTEGER,
    "status" "RiskStatus" NOT NULL,
    "changedById" TEXT,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RiskLevelChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Incident" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "occurredApproximate" BOOLEAN NOT NULL DEFAULT false,
    "detectedAt" TIMESTAMP(3) NOT NULL,
    "reportedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reporterId" TEXT,
    "contact" TEXT,
    "categories" TEXT[],
    "impactConfidentiality" BOOLEAN NOT NULL DEFAULT false,
    "impactIntegrity" BOOLEAN NOT NULL DEFAULT false,
    "impactAvailability" BOOLEAN NOT NULL DEFAULT false,
    "impactTraceability" BOOLEAN NOT NULL DEFAULT false,
    "severity" INTEGER,
    "personalData" "PersonalDataAnswer" NOT NULL DEFAULT 'unknown',
    "handlerId" TEXT,
    "status" "IncidentStatus" NOT NULL DEFAULT 'reported',
    "rootCause" TEXT,
    "lessonsLearned" TEXT,
    "repeatOfId" TEXT,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Incident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentAsset" (
    "incidentId" TEXT NOT NULL,
    "assetId" TEXT NOT NULL,

    CONSTRAINT "IncidentAsset_pkey" PRIMARY KEY ("incidentId","assetId")
);

-- CreateTable
CREATE TABLE "IncidentRisk" (
    "incidentId" TEXT NOT NULL,
    "riskId" TEXT NOT NULL,

    CONSTRAINT "IncidentRisk_pkey" PRIMARY KEY ("incidentId","riskId")
);

-- CreateTable
CREATE TABLE "IncidentObligation" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "reportedAt" TIMESTAMP(3),
    "reference" TEXT,

    CONSTRAINT "IncidentObligation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MaturityAssessment" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "heldAt" TIMESTAMP(3) NOT NULL,
    "participants" TEXT[],
    "facilitator" TEXT,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "MaturityAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MaturityEntry" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "perspective" TEXT NOT NULL,
    "level" INTEGER,
    "aspectNotes" JSONB NOT NULL DEFAULT '{}',
    "reasons" TEXT[],
    "evidence" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "MaturityEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MaturityProposal" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "perspective" TEXT NOT NULL,
    "what" TEXT NOT NULL,
    "how" TEXT,
    "who" TEXT,
    "horizon" TEXT NOT NULL,
    "actionId" TEXT,

    CONSTRAINT "MaturityProposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "OrgUnit_organizationId_name_key" ON "OrgUnit"("organizationId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_organizationId_idx" ON "Membership"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_organizationId_key" ON "Membership"("userId", "organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE INDEX "AuditEvent_organizationId_entity_entityId_idx" ON "AuditEvent"("organizationId", "entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_organizationId_at_idx" ON "AuditEvent"("organizationId", "at");

-- CreateIndex
CREATE INDEX "LoginAttempt_email_at_idx" ON "LoginAttempt"("email", "at");

-- CreateIndex
CREATE INDEX "LoginAttempt_ip_at_idx" ON "LoginAttempt"("ip", "at");

-- CreateIndex
CREATE INDEX "Action_organizationId_status_dueAt_idx" ON "Action"("organizationId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "Action_organizationId_sourceType_sourceId_idx" ON "Action"("organizationId", "sourceType", "sourceId");

-- CreateIndex
CREATE INDEX "Asset_organizationId_name_idx" ON "Asset"("organizationId", "name");

-- CreateIndex
CREATE INDEX "Asset_organizationId_orgUnitId_idx" ON "Asset"("organizationId", "orgUnitId");

-- CreateIndex
CREATE INDEX "Asset_organizationId_ownerId_idx" ON "Asset"("organizationId", "ownerId");

-- CreateIndex
CREATE INDEX "AssetClassification_assetId_classifiedAt_idx" ON "AssetClassification"("assetId", "classifiedAt");

-- CreateIndex
CREATE UNIQUE INDEX "SecurityRequirement_organizationId_code_key" ON "SecurityRequirement"("organizationId", "code");

-- CreateIndex
CREATE INDEX "RiskAnalysis_organizationId_status_idx" ON "RiskAnalysis"("organizationId", "status");

-- CreateIndex
CREATE INDEX "Risk_organizationId_status_idx" ON "Risk"("organizationId", "status");

-- CreateIndex
CREATE INDEX "Risk_organizationId_level_idx" ON "Risk"("organizationId", "level");

-- CreateIndex
CREATE INDEX "RiskLevelChange_organizationId_changedAt_idx" ON "RiskLevelChange"("organizationId", "changedAt");

-- CreateIndex
CREATE INDEX "RiskLevelChange_riskId_changedAt_idx" ON "RiskLevelChange"("riskId", "changedAt");

-- CreateIndex
CREATE INDEX "Incident_organizationId_occurredAt_idx" ON "Incident"("organizationId", "occurredAt");

-- CreateIndex
CREATE INDEX "Incident_organizationId_reporterId_idx" ON "Incident"("organizationId", "reporterId");

-- CreateIndex
CREATE UNIQUE INDEX "Incident_organizationId_reference_key" ON "Incident"("organizationId", "reference");

-- CreateIndex
CREATE INDEX "IncidentObligation_dueAt_idx" ON "IncidentObligation"("dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "IncidentObligation_incidentId_kind_key" ON "IncidentObligation"("incidentId", "kind");

-- CreateIndex
CREATE INDEX "MaturityAssessment_organizationId_heldAt_idx" ON "MaturityAssessment"("organizationId", "heldAt");

-- CreateIndex
CREATE UNIQUE INDEX "MaturityEntry_assessmentId_perspective_key" ON "MaturityEntry"("assessmentId", "perspective");

-- CreateIndex
CREATE INDEX "MaturityProposal_assessmentId_idx" ON "MaturityProposal"("assessmentId");

-- AddForeignKey
ALTER TABLE "OrgUnit" ADD CONSTRAINT "OrgUnit_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgUnit" ADD CONSTRAINT "OrgUnit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "OrgUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sequence" ADD CONSTRAINT "Sequence_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Asset" ADD CONSTRAINT "Asset_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssetLink" ADD CONSTRAINT "AssetLink_holderId_fkey" FOREIGN KEY ("holderId") REFERENCES "Asset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssetLink" ADD CONSTRAINT "AssetLink_heldId_fkey" FOREIGN KEY ("heldId") REFERENCES "Asset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssetClassification" ADD CONSTRAINT "AssetClassification_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssetRequirementStatus" ADD CONSTRAINT "AssetRequirementStatus_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssetRequirementStatus" ADD CONSTRAINT "AssetRequirementStatus_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "SecurityRequirement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskAnalysisAsset" ADD CONSTRAINT "RiskAnalysisAsset_analysisId_fkey" FOREIGN KEY ("analysisId") REFERENCES "RiskAnalysis"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskAnalysisAsset" ADD CONSTRAINT "RiskAnalysisAsset_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_analysisId_fkey" FOREIGN KEY ("analysisId") REFERENCES "RiskAnalysis"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskAsset" ADD CONSTRAINT "RiskAsset_riskId_fkey" FOREIGN KEY ("riskId") REFERENCES "Risk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskAsset" ADD CONSTRAINT "RiskAsset_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskLevelChange" ADD CONSTRAINT "RiskLevelChange_riskId_fkey" FOREIGN KEY ("riskId") REFERENCES "Risk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_repeatOfId_fkey" FOREIGN KEY ("repeatOfId") REFERENCES "Incident"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentAsset" ADD CONSTRAINT "IncidentAsset_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentAsset" ADD CONSTRAINT "IncidentAsset_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentRisk" ADD CONSTRAINT "IncidentRisk_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentRisk" ADD CONSTRAINT "IncidentRisk_riskId_fkey" FOREIGN KEY ("riskId") REFERENCES "Risk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentObligation" ADD CONSTRAINT "IncidentObligation_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaturityEntry" ADD CONSTRAINT "MaturityEntry_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "MaturityAssessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaturityProposal" ADD CONSTRAINT "MaturityProposal_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "MaturityAssessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
