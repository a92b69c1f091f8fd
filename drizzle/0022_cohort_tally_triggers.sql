-- The cohort view's kept figures (docs/journeys.md#stats): every statement that inserts, updates
-- or deletes journey rows adds what its new rows count and takes off what its old rows counted,
-- grouped, in key order (so concurrent writers lock the same rows in the same order).
CREATE OR REPLACE FUNCTION journey_cohort_count(removed journey[], added journey[]) RETURNS void AS $$
  INSERT INTO journey_cohort_tally AS t
    (partnership_id, intake, opened_month, status, dimension, value, n)
  SELECT j.partnership_id, j.intake, date_trunc('month', j.opened_on)::date, j.status,
    d.dimension, d.value, sum(j.sign)::int
  FROM (
    SELECT r.*, -1 AS sign FROM unnest(removed) r
    UNION ALL
    SELECT a.*, 1 AS sign FROM unnest(added) a
  ) j
  CROSS JOIN LATERAL (
    SELECT 'stage' AS dimension, j.stage AS value
    UNION ALL SELECT 'gender', j.gender
    UNION ALL SELECT 'nationality', j.nationality
    UNION ALL SELECT 'track', coalesce(j.track, 'undecided')
    UNION ALL SELECT 'exit', j.exit_reason WHERE j.exit_reason IS NOT NULL
    UNION ALL SELECT 'reached', i::text FROM generate_series(0, 30) AS i
      WHERE (j.reached & (1 << i)) <> 0
  ) d
  GROUP BY 1, 2, 3, 4, 5, 6
  HAVING sum(j.sign) <> 0
  ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT (partnership_id, intake, opened_month, status, dimension, value)
    DO UPDATE SET n = t.n + excluded.n;

  INSERT INTO journey_cohort_stay AS t (partnership_id, intake, opened_month, stage_index, days, n)
  SELECT j.partnership_id, j.intake, date_trunc('month', j.opened_on)::date,
    (s.ord - 1)::int, s.days, sum(j.sign)::int
  FROM (
    SELECT r.*, -1 AS sign FROM unnest(removed) r
    UNION ALL
    SELECT a.*, 1 AS sign FROM unnest(added) a
  ) j
  CROSS JOIN LATERAL unnest(j.stage_days) WITH ORDINALITY AS s(days, ord)
  WHERE s.days IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5
  HAVING sum(j.sign) <> 0
  ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (partnership_id, intake, opened_month, stage_index, days)
    DO UPDATE SET n = t.n + excluded.n;
$$ LANGUAGE sql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION journey_cohort_on_insert() RETURNS trigger AS $$
BEGIN
  PERFORM journey_cohort_count('{}'::journey[], ARRAY(SELECT a::journey FROM added a));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION journey_cohort_on_update() RETURNS trigger AS $$
BEGIN
  PERFORM journey_cohort_count(ARRAY(SELECT r::journey FROM removed r), ARRAY(SELECT a::journey FROM added a));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION journey_cohort_on_delete() RETURNS trigger AS $$
BEGIN
  PERFORM journey_cohort_count(ARRAY(SELECT r::journey FROM removed r), '{}'::journey[]);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION journey_cohort_on_truncate() RETURNS trigger AS $$
BEGIN
  TRUNCATE journey_cohort_tally, journey_cohort_stay;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER journey_cohort_insert AFTER INSERT ON journey
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION journey_cohort_on_insert();
--> statement-breakpoint
CREATE TRIGGER journey_cohort_update AFTER UPDATE ON journey
  REFERENCING OLD TABLE AS removed NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION journey_cohort_on_update();
--> statement-breakpoint
CREATE TRIGGER journey_cohort_delete AFTER DELETE ON journey
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION journey_cohort_on_delete();
--> statement-breakpoint
CREATE TRIGGER journey_cohort_truncate AFTER TRUNCATE ON journey
  FOR EACH STATEMENT EXECUTE FUNCTION journey_cohort_on_truncate();
--> statement-breakpoint
-- The journeys already there.
SELECT journey_cohort_count('{}'::journey[], ARRAY(SELECT j FROM journey j));
