CREATE TABLE "programme_enrolment" (
	"id" uuid PRIMARY KEY NOT NULL,
	"programme_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"enrolled_on" date NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	"withdrawn_on" date,
	"withdrawal_reason" text,
	"withdrawn_by" uuid
);
--> statement-breakpoint
ALTER TABLE "programme_enrolment" ADD CONSTRAINT "programme_enrolment_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_enrolment" ADD CONSTRAINT "programme_enrolment_candidate_id_candidate_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidate"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "programme_enrolment_standing" ON "programme_enrolment" USING btree ("programme_id","candidate_id") WHERE "programme_enrolment"."withdrawn_on" is null;--> statement-breakpoint
CREATE INDEX "programme_enrolment_candidate_idx" ON "programme_enrolment" USING btree ("candidate_id");