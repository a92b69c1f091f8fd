-- Recognition agreements are never deleted and their terms never rewritten: decisions point at
-- the version they applied. Only the status, and the retirement fields, may change.
CREATE OR REPLACE FUNCTION recognition_agreement_kept() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'recognition_agreement versions are kept (DELETE refused)';
  END IF;
  IF (NEW.id, NEW.title, NEW.from_party, NEW.to_party, NEW.direction, NEW.mode, NEW.measures,
      NEW.scope, NEW.valid_from, NEW.valid_until, NEW.source, NEW.demo, NEW.version,
      NEW.supersedes, NEW.recorded_by, NEW.recorded_at)
     IS DISTINCT FROM
     (OLD.id, OLD.title, OLD.from_party, OLD.to_party, OLD.direction, OLD.mode, OLD.measures,
      OLD.scope, OLD.valid_from, OLD.valid_until, OLD.source, OLD.demo, OLD.version,
      OLD.supersedes, OLD.recorded_by, OLD.recorded_at) THEN
    RAISE EXCEPTION 'recognition_agreement terms are kept: amend with a new version';
  END IF;
  IF OLD.status <> 'in_force' THEN
    RAISE EXCEPTION 'recognition_agreement % is % and can no longer change', OLD.id, OLD.status;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER recognition_agreement_no_delete_or_rewrite
  BEFORE UPDATE OR DELETE ON recognition_agreement
  FOR EACH ROW EXECUTE FUNCTION recognition_agreement_kept();
