CREATE TABLE "partnership_slot_link" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"slot_kind" text NOT NULL,
	"vacancy_id" uuid,
	"programme_id" uuid,
	"party_organisation_id" uuid NOT NULL,
	"occupation" text NOT NULL,
	"status" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"proposed_by" uuid,
	"proposed_at" timestamp with time zone NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "partnership_slot_link" ADD CONSTRAINT "partnership_slot_link_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_slot_link" ADD CONSTRAINT "partnership_slot_link_vacancy_id_vacancy_id_fk" FOREIGN KEY ("vacancy_id") REFERENCES "public"."vacancy"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_slot_link" ADD CONSTRAINT "partnership_slot_link_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_slot_link" ADD CONSTRAINT "partnership_slot_link_party_organisation_id_organisation_id_fk" FOREIGN KEY ("party_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_slot_link" ADD CONSTRAINT "partnership_slot_link_proposed_by_app_user_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_slot_link" ADD CONSTRAINT "partnership_slot_link_decided_by_app_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "partnership_slot_link_partnership_idx" ON "partnership_slot_link" USING btree ("partnership_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "partnership_slot_link_open_vacancy_idx" ON "partnership_slot_link" USING btree ("partnership_id","vacancy_id") WHERE "partnership_slot_link"."status" in ('proposed', 'accepted') and "partnership_slot_link"."vacancy_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "partnership_slot_link_open_programme_idx" ON "partnership_slot_link" USING btree ("partnership_id","programme_id") WHERE "partnership_slot_link"."status" in ('proposed', 'accepted') and "partnership_slot_link"."programme_id" is not null;