CREATE TABLE "allocation_override" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"run_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"slot_id" uuid,
	"locked" boolean NOT NULL,
	"reason" text NOT NULL,
	"user_id" uuid,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "allocation_run" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"mode" text NOT NULL,
	"status" text NOT NULL,
	"progress" real DEFAULT 0 NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"seed" integer NOT NULL,
	"input" jsonb NOT NULL,
	"result" jsonb,
	"rerun_of" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "allocation_override" ADD CONSTRAINT "allocation_override_run_id_allocation_run_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."allocation_run"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_override" ADD CONSTRAINT "allocation_override_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_run" ADD CONSTRAINT "allocation_run_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_run" ADD CONSTRAINT "allocation_run_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "allocation_override_run_idx" ON "allocation_override" USING btree ("run_id","candidate_id");--> statement-breakpoint
CREATE INDEX "allocation_run_partnership_idx" ON "allocation_run" USING btree ("partnership_id","created_at");