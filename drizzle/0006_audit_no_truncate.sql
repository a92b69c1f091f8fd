-- The audit log is append-only: TRUNCATE bypasses the row triggers of 0001, so refuse it too.
-- audit_event_append_only() (0001) raises 'audit_event is append-only (TRUNCATE refused)'.
CREATE TRIGGER audit_event_no_truncate
  BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
