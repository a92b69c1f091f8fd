CREATE TABLE "contract_version" (
	"contract_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"terms" jsonb NOT NULL,
	"stated_on" date NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "contract_version_contract_id_stage_pk" PRIMARY KEY("contract_id","stage")
);
--> statement-breakpoint
CREATE TABLE "fair_recruitment_rules" (
	"partnership_id" uuid PRIMARY KEY NOT NULL,
	"employer_pays" text[] NOT NULL,
	"tolerances" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partnership_suspension" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" text NOT NULL,
	"reason" text NOT NULL,
	"suspended_by" uuid,
	"suspended_at" timestamp with time zone NOT NULL,
	"lifted_by" uuid,
	"lifted_at" timestamp with time zone,
	"lift_reason" text
);
--> statement-breakpoint
CREATE TABLE "placement_contract" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"vacancy_id" uuid,
	"employer_id" uuid NOT NULL,
	"recruiter_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recruitment_cost" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amount" double precision NOT NULL,
	"currency" text NOT NULL,
	"paid_by" text NOT NULL,
	"paid_on" date,
	"employer_id" uuid,
	"recruiter_id" uuid,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contract_version" ADD CONSTRAINT "contract_version_contract_id_placement_contract_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."placement_contract"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_version" ADD CONSTRAINT "contract_version_recorded_by_app_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_recruitment_rules" ADD CONSTRAINT "fair_recruitment_rules_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_recruitment_rules" ADD CONSTRAINT "fair_recruitment_rules_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_suspension" ADD CONSTRAINT "partnership_suspension_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_suspension" ADD CONSTRAINT "partnership_suspension_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_suspension" ADD CONSTRAINT "partnership_suspension_suspended_by_app_user_id_fk" FOREIGN KEY ("suspended_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_suspension" ADD CONSTRAINT "partnership_suspension_lifted_by_app_user_id_fk" FOREIGN KEY ("lifted_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_contract" ADD CONSTRAINT "placement_contract_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_contract" ADD CONSTRAINT "placement_contract_candidate_id_candidate_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidate"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_contract" ADD CONSTRAINT "placement_contract_vacancy_id_vacancy_id_fk" FOREIGN KEY ("vacancy_id") REFERENCES "public"."vacancy"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_contract" ADD CONSTRAINT "placement_contract_employer_id_organisation_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_contract" ADD CONSTRAINT "placement_contract_recruiter_id_organisation_id_fk" FOREIGN KEY ("recruiter_id") REFERENCES "public"."organisation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_contract" ADD CONSTRAINT "placement_contract_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruitment_cost" ADD CONSTRAINT "recruitment_cost_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruitment_cost" ADD CONSTRAINT "recruitment_cost_candidate_id_candidate_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidate"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruitment_cost" ADD CONSTRAINT "recruitment_cost_employer_id_organisation_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organisation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruitment_cost" ADD CONSTRAINT "recruitment_cost_recruiter_id_organisation_id_fk" FOREIGN KEY ("recruiter_id") REFERENCES "public"."organisation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruitment_cost" ADD CONSTRAINT "recruitment_cost_recorded_by_app_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "partnership_suspension_active_idx" ON "partnership_suspension" USING btree ("partnership_id","organisation_id") WHERE "partnership_suspension"."lifted_at" IS NULL;--> statement-breakpoint
CREATE INDEX "partnership_suspension_organisation_idx" ON "partnership_suspension" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "placement_contract_partnership_idx" ON "placement_contract" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "placement_contract_candidate_idx" ON "placement_contract" USING btree ("candidate_id");--> statement-breakpoint
CREATE INDEX "placement_contract_employer_idx" ON "placement_contract" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "recruitment_cost_partnership_idx" ON "recruitment_cost" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "recruitment_cost_candidate_idx" ON "recruitment_cost" USING btree ("candidate_id");