-- Every change to what matching indexes is logged, so that the in-memory index catches up
-- incrementally, whichever process or area made the change (docs/matching.md#index).
CREATE OR REPLACE FUNCTION matching_log_change() RETURNS trigger AS $$
BEGIN
  -- TG_ARGV: the subject, and the column naming it (a row of another table points to it).
  INSERT INTO matching_change (subject, subject_id)
  VALUES (
    TG_ARGV[0],
    ((CASE TG_OP WHEN 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END) ->> TG_ARGV[1])::uuid
  );
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER candidate_matching_change AFTER INSERT OR UPDATE OR DELETE ON candidate
  FOR EACH ROW EXECUTE FUNCTION matching_log_change('candidate', 'id');
--> statement-breakpoint
CREATE TRIGGER candidate_consent_matching_change AFTER INSERT OR UPDATE OR DELETE ON candidate_consent
  FOR EACH ROW EXECUTE FUNCTION matching_log_change('candidate', 'candidate_id');
--> statement-breakpoint
CREATE TRIGGER vacancy_matching_change AFTER INSERT OR UPDATE OR DELETE ON vacancy
  FOR EACH ROW EXECUTE FUNCTION matching_log_change('vacancy', 'id');
--> statement-breakpoint
CREATE TRIGGER programme_matching_change AFTER INSERT OR UPDATE OR DELETE ON programme
  FOR EACH ROW EXECUTE FUNCTION matching_log_change('programme', 'id');
--> statement-breakpoint
CREATE TRIGGER programme_module_matching_change AFTER INSERT OR UPDATE OR DELETE ON programme_module
  FOR EACH ROW EXECUTE FUNCTION matching_log_change('programme', 'programme_id');
