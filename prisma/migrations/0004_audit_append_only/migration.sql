-- The audit trail is append-only. The application connects as the role that owns the tables,
-- so privileges cannot stop it from rewriting history, but a trigger can: rows are only inserted.
-- The migration runner splits scripts on every semicolon, so the function body spells its
-- statement terminators as the escape \073 and no comment here may contain one.
CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  RAISE EXCEPTION ''AuditEvent is append-only: % is not allowed'', TG_OP
    USING ERRCODE = ''insufficient_privilege''\073
END
';

CREATE TRIGGER "AuditEvent_append_only"
BEFORE UPDATE OR DELETE ON "AuditEvent"
FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();

CREATE TRIGGER "AuditEvent_no_truncate"
BEFORE TRUNCATE ON "AuditEvent"
FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();
