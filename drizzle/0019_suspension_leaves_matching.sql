-- A suspension (or its lifting) changes which vacancies matching may show: every vacancy of the
-- suspended organisation is logged as changed, so that the in-memory index drops or takes it back
-- at once, in every process (docs/protection.md#compliance-and-suspension, docs/matching.md#index).
CREATE OR REPLACE FUNCTION suspension_log_vacancies() RETURNS trigger AS $$
BEGIN
  INSERT INTO matching_change (subject, subject_id)
  SELECT 'vacancy', v.id FROM vacancy v
  WHERE v.employer_id = (CASE TG_OP WHEN 'DELETE' THEN OLD.organisation_id ELSE NEW.organisation_id END);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER partnership_suspension_matching_change AFTER INSERT OR UPDATE OR DELETE ON partnership_suspension
  FOR EACH ROW EXECUTE FUNCTION suspension_log_vacancies();
