-- Matching keeps every partnership in memory between requests (visibility, the partnership that
-- ranks a person's matches, its weights): a change to a partnership, its parties or its weights
-- is logged, so that every process reads them afresh before its next match (docs/performance.md).
CREATE TRIGGER partnership_matching_change AFTER INSERT OR UPDATE OR DELETE ON partnership
  FOR EACH ROW EXECUTE FUNCTION matching_log_change('partnership', 'id');
--> statement-breakpoint
CREATE TRIGGER partnership_party_matching_change AFTER INSERT OR UPDATE OR DELETE ON partnership_party
  FOR EACH ROW EXECUTE FUNCTION matching_log_change('partnership', 'partnership_id');
--> statement-breakpoint
CREATE TRIGGER match_weights_matching_change AFTER INSERT OR UPDATE OR DELETE ON match_weights
  FOR EACH ROW EXECUTE FUNCTION matching_log_change('partnership', 'partnership_id');
