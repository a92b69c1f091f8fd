-- A journey's events and evidence are never rewritten: a correction is a new row. Refuse UPDATE
-- (DELETE stays possible: erasing a person cascades to their journeys).
CREATE OR REPLACE FUNCTION journey_log_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER journey_event_no_update
  BEFORE UPDATE ON journey_event
  FOR EACH ROW EXECUTE FUNCTION journey_log_append_only();
--> statement-breakpoint
CREATE TRIGGER journey_evidence_no_update
  BEFORE UPDATE ON journey_evidence
  FOR EACH ROW EXECUTE FUNCTION journey_log_append_only();
