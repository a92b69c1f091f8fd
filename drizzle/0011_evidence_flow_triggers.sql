-- Recognition decisions and RPL assessments change what matching knows of a person: log the
-- person's candidate, found through the user id the row names (docs/matching.md#index).
CREATE OR REPLACE FUNCTION matching_log_person_change() RETURNS trigger AS $$
BEGIN
  -- TG_ARGV[0]: the column naming the person's user id.
  INSERT INTO matching_change (subject, subject_id)
  SELECT 'candidate', c.id FROM candidate c
  WHERE c.user_id = (
    (CASE TG_OP WHEN 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END) ->> TG_ARGV[0]
  )::uuid;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER recognition_case_matching_change AFTER INSERT OR UPDATE OR DELETE ON recognition_case
  FOR EACH ROW EXECUTE FUNCTION matching_log_person_change('applicant_user_id');
--> statement-breakpoint
CREATE TRIGGER rpl_assessment_matching_change AFTER INSERT OR UPDATE OR DELETE ON rpl_assessment
  FOR EACH ROW EXECUTE FUNCTION matching_log_person_change('person_user_id');
--> statement-breakpoint
-- Predicted recognition outcomes are cached per qualification, destination and occupation; a
-- change to the rules they rest on logs one `recognition_rules` change that empties the cache.
CREATE OR REPLACE FUNCTION matching_log_rules_change() RETURNS trigger AS $$
BEGIN
  INSERT INTO matching_change (subject, subject_id)
  VALUES ('recognition_rules', '00000000-0000-0000-0000-000000000000');
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER recognition_agreement_matching_change AFTER INSERT OR UPDATE OR DELETE ON recognition_agreement
  FOR EACH STATEMENT EXECUTE FUNCTION matching_log_rules_change();
--> statement-breakpoint
CREATE TRIGGER occupation_requirement_matching_change AFTER INSERT OR UPDATE OR DELETE ON occupation_requirement
  FOR EACH STATEMENT EXECUTE FUNCTION matching_log_rules_change();
--> statement-breakpoint
CREATE TRIGGER training_module_matching_change AFTER INSERT OR UPDATE OR DELETE ON training_module
  FOR EACH STATEMENT EXECUTE FUNCTION matching_log_rules_change();
--> statement-breakpoint
CREATE TRIGGER qualification_matching_change AFTER INSERT OR UPDATE OR DELETE ON qualification
  FOR EACH STATEMENT EXECUTE FUNCTION matching_log_rules_change();
