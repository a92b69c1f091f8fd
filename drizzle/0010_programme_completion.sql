CREATE TABLE "programme_completion" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"modules" integer[] NOT NULL,
	"completed_on" date NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "programme_completion_person" UNIQUE("programme_id","candidate_id")
);
--> statement-breakpoint
ALTER TABLE "programme_completion" ADD CONSTRAINT "programme_completion_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_completion" ADD CONSTRAINT "programme_completion_candidate_id_candidate_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidate"("id") ON DELETE cascade ON UPDATE no action;