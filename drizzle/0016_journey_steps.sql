CREATE TABLE "arrival_check_in" (
	"journey_id" uuid NOT NULL,
	"day" integer NOT NULL,
	"score" integer NOT NULL,
	"answer" text NOT NULL,
	"answered_at" timestamp with time zone NOT NULL,
	CONSTRAINT "arrival_check_in_journey_id_day_pk" PRIMARY KEY("journey_id","day")
);
--> statement-breakpoint
CREATE TABLE "arrival_item" (
	"journey_id" uuid NOT NULL,
	"item" text NOT NULL,
	"done_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "arrival_item_journey_id_item_pk" PRIMARY KEY("journey_id","item")
);
--> statement-breakpoint
CREATE TABLE "in_work_record" (
	"id" uuid PRIMARY KEY NOT NULL,
	"journey_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"on" date NOT NULL,
	"skills" text[] NOT NULL,
	"evidence" text NOT NULL,
	"changes" jsonb NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "journey_return" (
	"journey_id" uuid PRIMARY KEY NOT NULL,
	"planned_on" date,
	"returned_on" date,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "orientation_attempt" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"module_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"module_version" integer NOT NULL,
	"correct" integer NOT NULL,
	"total" integer NOT NULL,
	"passed" boolean NOT NULL,
	"answered_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "orientation_module" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"origin" text NOT NULL,
	"destination" text NOT NULL,
	"topic" text NOT NULL,
	"language" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"questions" jsonb NOT NULL,
	"pass_mark" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "orientation_module_place" UNIQUE("partnership_id","origin","destination","topic","language")
);
--> statement-breakpoint
CREATE TABLE "permit_application" (
	"id" uuid PRIMARY KEY NOT NULL,
	"journey_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"authority" text NOT NULL,
	"applied_on" date NOT NULL,
	"due_on" date,
	"outcome" text NOT NULL,
	"decided_on" date,
	"valid_from" date,
	"valid_until" date,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "permit_reminder" (
	"application_id" uuid NOT NULL,
	"key" text NOT NULL,
	"queued_at" timestamp with time zone NOT NULL,
	CONSTRAINT "permit_reminder_application_id_key_pk" PRIMARY KEY("application_id","key")
);
--> statement-breakpoint
CREATE TABLE "reintegration_follow_up" (
	"journey_id" uuid NOT NULL,
	"month" integer NOT NULL,
	"status" text NOT NULL,
	"note" text NOT NULL,
	"recorded_on" date NOT NULL,
	"recorded_by" uuid,
	CONSTRAINT "reintegration_follow_up_journey_id_month_pk" PRIMARY KEY("journey_id","month")
);
--> statement-breakpoint
CREATE TABLE "reintegration_plan" (
	"journey_id" uuid PRIMARY KEY NOT NULL,
	"pathway" text NOT NULL,
	"goal" text NOT NULL,
	"starts_on" date NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
ALTER TABLE "arrival_check_in" ADD CONSTRAINT "arrival_check_in_journey_id_journey_id_fk" FOREIGN KEY ("journey_id") REFERENCES "public"."journey"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arrival_item" ADD CONSTRAINT "arrival_item_journey_id_journey_id_fk" FOREIGN KEY ("journey_id") REFERENCES "public"."journey"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arrival_item" ADD CONSTRAINT "arrival_item_recorded_by_app_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "in_work_record" ADD CONSTRAINT "in_work_record_journey_id_journey_id_fk" FOREIGN KEY ("journey_id") REFERENCES "public"."journey"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "in_work_record" ADD CONSTRAINT "in_work_record_recorded_by_app_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_return" ADD CONSTRAINT "journey_return_journey_id_journey_id_fk" FOREIGN KEY ("journey_id") REFERENCES "public"."journey"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_return" ADD CONSTRAINT "journey_return_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientation_attempt" ADD CONSTRAINT "orientation_attempt_module_id_orientation_module_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."orientation_module"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientation_attempt" ADD CONSTRAINT "orientation_attempt_candidate_id_candidate_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidate"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientation_module" ADD CONSTRAINT "orientation_module_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientation_module" ADD CONSTRAINT "orientation_module_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permit_application" ADD CONSTRAINT "permit_application_journey_id_journey_id_fk" FOREIGN KEY ("journey_id") REFERENCES "public"."journey"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permit_application" ADD CONSTRAINT "permit_application_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permit_reminder" ADD CONSTRAINT "permit_reminder_application_id_permit_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."permit_application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reintegration_follow_up" ADD CONSTRAINT "reintegration_follow_up_journey_id_reintegration_plan_journey_id_fk" FOREIGN KEY ("journey_id") REFERENCES "public"."reintegration_plan"("journey_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reintegration_follow_up" ADD CONSTRAINT "reintegration_follow_up_recorded_by_app_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reintegration_plan" ADD CONSTRAINT "reintegration_plan_journey_id_journey_id_fk" FOREIGN KEY ("journey_id") REFERENCES "public"."journey"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reintegration_plan" ADD CONSTRAINT "reintegration_plan_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "in_work_record_journey_idx" ON "in_work_record" USING btree ("journey_id");--> statement-breakpoint
CREATE INDEX "orientation_attempt_candidate_idx" ON "orientation_attempt" USING btree ("candidate_id","module_id");--> statement-breakpoint
CREATE INDEX "permit_application_journey_idx" ON "permit_application" USING btree ("journey_id");