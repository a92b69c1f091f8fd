CREATE TABLE "journey_cohort_stay" (
	"partnership_id" uuid NOT NULL,
	"intake" text NOT NULL,
	"opened_month" date NOT NULL,
	"stage_index" integer NOT NULL,
	"days" integer NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "journey_cohort_stay_pk" PRIMARY KEY("partnership_id","intake","opened_month","stage_index","days")
);
--> statement-breakpoint
CREATE TABLE "journey_cohort_tally" (
	"partnership_id" uuid NOT NULL,
	"intake" text NOT NULL,
	"opened_month" date NOT NULL,
	"status" text NOT NULL,
	"dimension" text NOT NULL,
	"value" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "journey_cohort_tally_pk" PRIMARY KEY("partnership_id","intake","opened_month","status","dimension","value")
);
--> statement-breakpoint
CREATE INDEX "journey_partnership_opened_idx" ON "journey" USING btree ("partnership_id","opened_on");