-- Erasure reaches allocation runs: when a candidate is deleted, their attributes in every run
-- snapshot (gender, nationality, region, age band) are replaced by neutral values and the
-- coordinators' overrides about them (whose reasons may describe the person) are deleted. The
-- run's scores and assignment stay, so its totals remain reproducible; its fairness breakdown
-- then counts the person as erased.
CREATE OR REPLACE FUNCTION allocation_forget_candidate() RETURNS trigger AS $$
BEGIN
  UPDATE allocation_run
  SET input = jsonb_set(
    input,
    '{problem,candidates}',
    (
      SELECT jsonb_agg(
        CASE WHEN c ->> 'id' = OLD.id::text
          THEN c || '{"gender":"undisclosed","nationality":"erased","originRegion":"erased","ageBand":"unknown"}'::jsonb
          ELSE c
        END
        ORDER BY position
      )
      FROM jsonb_array_elements(input -> 'problem' -> 'candidates') WITH ORDINALITY AS t(c, position)
    )
  )
  WHERE input -> 'problem' -> 'candidates' @> jsonb_build_array(jsonb_build_object('id', OLD.id::text));
  DELETE FROM allocation_override WHERE candidate_id = OLD.id;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER candidate_allocation_erasure AFTER DELETE ON candidate
  FOR EACH ROW EXECUTE FUNCTION allocation_forget_candidate();
