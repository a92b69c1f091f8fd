CREATE TABLE "grievance" (
	"id" uuid PRIMARY KEY NOT NULL,
	"receipt_hash" text NOT NULL,
	"filer_kind" text NOT NULL,
	"filed_by_user_id" uuid,
	"person_user_id" uuid,
	"representative_organisation_id" uuid,
	"shared_at" timestamp with time zone,
	"topic" text NOT NULL,
	"concerned_organisation_id" uuid,
	"partnership_id" uuid,
	"country" text NOT NULL,
	"occurred_from" date,
	"occurred_to" date,
	"status" text NOT NULL,
	"handler_kind" text,
	"handler_organisation_id" uuid,
	"route_step" integer DEFAULT 0 NOT NULL,
	"acknowledge_by" timestamp with time zone,
	"resolve_by" timestamp with time zone,
	"acknowledged_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"retaliation_flagged_at" timestamp with time zone,
	"narrative_cipher" text NOT NULL,
	"key_id" text NOT NULL,
	"filed_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "grievance_receipt_hash_unique" UNIQUE("receipt_hash")
);
--> statement-breakpoint
CREATE TABLE "grievance_attachment" (
	"id" uuid PRIMARY KEY NOT NULL,
	"grievance_id" uuid NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"name_cipher" text NOT NULL,
	"content_cipher" text NOT NULL,
	"key_id" text NOT NULL,
	"added_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grievance_event" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"grievance_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_user_id" uuid,
	"body_kind" text,
	"body_organisation_id" uuid,
	"note_cipher" text,
	"key_id" text,
	"disclosed" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grievance_routing" (
	"partnership_id" uuid PRIMARY KEY NOT NULL,
	"rules" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "grievance" ADD CONSTRAINT "grievance_filed_by_user_id_app_user_id_fk" FOREIGN KEY ("filed_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grievance" ADD CONSTRAINT "grievance_person_user_id_app_user_id_fk" FOREIGN KEY ("person_user_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grievance" ADD CONSTRAINT "grievance_representative_organisation_id_organisation_id_fk" FOREIGN KEY ("representative_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grievance" ADD CONSTRAINT "grievance_concerned_organisation_id_organisation_id_fk" FOREIGN KEY ("concerned_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grievance" ADD CONSTRAINT "grievance_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grievance" ADD CONSTRAINT "grievance_handler_organisation_id_organisation_id_fk" FOREIGN KEY ("handler_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grievance_attachment" ADD CONSTRAINT "grievance_attachment_grievance_id_grievance_id_fk" FOREIGN KEY ("grievance_id") REFERENCES "public"."grievance"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grievance_event" ADD CONSTRAINT "grievance_event_grievance_id_grievance_id_fk" FOREIGN KEY ("grievance_id") REFERENCES "public"."grievance"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grievance_event" ADD CONSTRAINT "grievance_event_actor_user_id_app_user_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grievance_event" ADD CONSTRAINT "grievance_event_body_organisation_id_organisation_id_fk" FOREIGN KEY ("body_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grievance_routing" ADD CONSTRAINT "grievance_routing_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "grievance_handler_idx" ON "grievance" USING btree ("handler_organisation_id");--> statement-breakpoint
CREATE INDEX "grievance_person_idx" ON "grievance" USING btree ("person_user_id");--> statement-breakpoint
CREATE INDEX "grievance_partnership_idx" ON "grievance" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "grievance_attachment_grievance_idx" ON "grievance_attachment" USING btree ("grievance_id");--> statement-breakpoint
CREATE INDEX "grievance_event_grievance_idx" ON "grievance_event" USING btree ("grievance_id");