CREATE TABLE "journey" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"intake" text NOT NULL,
	"origin_kind" text NOT NULL,
	"origin_id" uuid,
	"programme_id" uuid,
	"employer_id" uuid,
	"stage" text NOT NULL,
	"status" text NOT NULL,
	"track" text,
	"exit_reason" text,
	"version" integer NOT NULL,
	"gender" text NOT NULL,
	"nationality" text NOT NULL,
	"opened_on" date NOT NULL,
	"stage_since" date NOT NULL,
	"reached" integer NOT NULL,
	"stage_days" integer[] NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "journey_person_partnership" UNIQUE("partnership_id","candidate_id")
);
--> statement-breakpoint
CREATE TABLE "journey_event" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"journey_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"occurred_on" date NOT NULL,
	"actor_user_id" uuid,
	"actor_as" text NOT NULL,
	"body" jsonb NOT NULL,
	"evidence" jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"corrects_seq" integer,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "journey_event_seq" UNIQUE("journey_id","seq")
);
--> statement-breakpoint
CREATE TABLE "journey_evidence" (
	"id" uuid PRIMARY KEY NOT NULL,
	"journey_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"value" text NOT NULL,
	"occurred_on" date NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"supersedes" uuid,
	"recorded_by" uuid,
	"recorded_as" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "journey_run_acceptance" (
	"run_id" uuid PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"accepted_by" uuid,
	"accepted_at" timestamp with time zone NOT NULL,
	"opened" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "journey" ADD CONSTRAINT "journey_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey" ADD CONSTRAINT "journey_candidate_id_candidate_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidate"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey" ADD CONSTRAINT "journey_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey" ADD CONSTRAINT "journey_employer_id_organisation_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organisation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_event" ADD CONSTRAINT "journey_event_journey_id_journey_id_fk" FOREIGN KEY ("journey_id") REFERENCES "public"."journey"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_event" ADD CONSTRAINT "journey_event_actor_user_id_app_user_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_evidence" ADD CONSTRAINT "journey_evidence_journey_id_journey_id_fk" FOREIGN KEY ("journey_id") REFERENCES "public"."journey"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_evidence" ADD CONSTRAINT "journey_evidence_recorded_by_app_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_run_acceptance" ADD CONSTRAINT "journey_run_acceptance_run_id_allocation_run_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."allocation_run"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_run_acceptance" ADD CONSTRAINT "journey_run_acceptance_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_run_acceptance" ADD CONSTRAINT "journey_run_acceptance_accepted_by_app_user_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "journey_partnership_stage_idx" ON "journey" USING btree ("partnership_id","stage");--> statement-breakpoint
CREATE INDEX "journey_candidate_idx" ON "journey" USING btree ("candidate_id");--> statement-breakpoint
CREATE INDEX "journey_evidence_journey_idx" ON "journey_evidence" USING btree ("journey_id");