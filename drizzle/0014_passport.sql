CREATE TABLE "passport_issuer_key" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"sequence" integer NOT NULL,
	"did_key" text NOT NULL,
	"public_jwk" jsonb NOT NULL,
	"encrypted_private_key" text NOT NULL,
	"encrypted_with" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"retired_at" timestamp with time zone,
	CONSTRAINT "passport_issuer_key_did_key_unique" UNIQUE("did_key"),
	CONSTRAINT "passport_issuer_key_sequence" UNIQUE("organisation_id","sequence")
);
--> statement-breakpoint
CREATE TABLE "passport_orientation_completion" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_user_id" uuid NOT NULL,
	"coordinator_organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"destination_country" text NOT NULL,
	"hours" integer NOT NULL,
	"completed_on" date NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "passport_credential" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"source_entity" text NOT NULL,
	"source_id" text NOT NULL,
	"person_user_id" uuid NOT NULL,
	"issuer_organisation_id" uuid NOT NULL,
	"key_id" uuid NOT NULL,
	"issuer_did" text NOT NULL,
	"title" text NOT NULL,
	"jwt" text NOT NULL,
	"status_index" integer NOT NULL,
	"state" text DEFAULT 'active' NOT NULL,
	"state_reason" text,
	"state_changed_at" timestamp with time zone,
	"issued_at" timestamp with time zone NOT NULL,
	"valid_until" timestamp with time zone,
	CONSTRAINT "passport_credential_source" UNIQUE("kind","source_entity","source_id"),
	CONSTRAINT "passport_credential_status_index" UNIQUE("issuer_organisation_id","status_index")
);
--> statement-breakpoint
CREATE TABLE "passport_holder" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"did" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "passport_issuer_key" ADD CONSTRAINT "passport_issuer_key_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "passport_orientation_completion" ADD CONSTRAINT "passport_orientation_completion_person_user_id_app_user_id_fk" FOREIGN KEY ("person_user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "passport_orientation_completion" ADD CONSTRAINT "passport_orientation_completion_coordinator_organisation_id_organisation_id_fk" FOREIGN KEY ("coordinator_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "passport_credential" ADD CONSTRAINT "passport_credential_person_user_id_app_user_id_fk" FOREIGN KEY ("person_user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "passport_credential" ADD CONSTRAINT "passport_credential_issuer_organisation_id_organisation_id_fk" FOREIGN KEY ("issuer_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "passport_credential" ADD CONSTRAINT "passport_credential_key_id_passport_issuer_key_id_fk" FOREIGN KEY ("key_id") REFERENCES "public"."passport_issuer_key"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "passport_holder" ADD CONSTRAINT "passport_holder_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "passport_orientation_person_idx" ON "passport_orientation_completion" USING btree ("person_user_id");--> statement-breakpoint
CREATE INDEX "passport_credential_person_idx" ON "passport_credential" USING btree ("person_user_id");