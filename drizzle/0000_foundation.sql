CREATE TABLE "collection_member" (
	"version_id" text NOT NULL,
	"collection" text NOT NULL,
	"concept_uri" text NOT NULL,
	CONSTRAINT "collection_member_version_id_collection_concept_uri_pk" PRIMARY KEY("version_id","collection","concept_uri")
);
--> statement-breakpoint
CREATE TABLE "country" (
	"alpha2" text PRIMARY KEY NOT NULL,
	"alpha3" text NOT NULL,
	"numeric" text NOT NULL,
	"name" text NOT NULL,
	"official_name" text DEFAULT '' NOT NULL,
	"region" text DEFAULT '' NOT NULL,
	"sub_region" text DEFAULT '' NOT NULL,
	"intermediate_region" text DEFAULT '' NOT NULL,
	"ldc" boolean DEFAULT false NOT NULL,
	"lldc" boolean DEFAULT false NOT NULL,
	"sids" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "eqf_level" (
	"level" integer PRIMARY KEY NOT NULL,
	"knowledge" text NOT NULL,
	"skills" text NOT NULL,
	"responsibility_autonomy" text NOT NULL,
	"qf_ehea_cycle" text
);
--> statement-breakpoint
CREATE TABLE "isced_field" (
	"code" text PRIMARY KEY NOT NULL,
	"level" text NOT NULL,
	"parent_code" text,
	"label" text NOT NULL,
	"uri" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "isced_level" (
	"code" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"alternative" text DEFAULT '' NOT NULL,
	"definition" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "isco_group" (
	"code" text PRIMARY KEY NOT NULL,
	"level" integer NOT NULL,
	"parent_code" text,
	"title" text NOT NULL,
	"uri" text NOT NULL,
	"description" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "occupation" (
	"version_id" text NOT NULL,
	"uri" text NOT NULL,
	"code" text NOT NULL,
	"isco_code" text NOT NULL,
	"preferred_label" text NOT NULL,
	"alt_labels" text[] DEFAULT '{}' NOT NULL,
	"hidden_labels" text[] DEFAULT '{}' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"definition" text DEFAULT '' NOT NULL,
	"scope_note" text DEFAULT '' NOT NULL,
	"regulated_profession_note" text DEFAULT '' NOT NULL,
	CONSTRAINT "occupation_version_id_uri_pk" PRIMARY KEY("version_id","uri")
);
--> statement-breakpoint
CREATE TABLE "occupation_broader" (
	"version_id" text NOT NULL,
	"uri" text NOT NULL,
	"broader_uri" text NOT NULL,
	CONSTRAINT "occupation_broader_version_id_uri_broader_uri_pk" PRIMARY KEY("version_id","uri","broader_uri")
);
--> statement-breakpoint
CREATE TABLE "occupation_skill" (
	"version_id" text NOT NULL,
	"occupation_uri" text NOT NULL,
	"skill_uri" text NOT NULL,
	"relation" text NOT NULL,
	CONSTRAINT "occupation_skill_version_id_occupation_uri_skill_uri_pk" PRIMARY KEY("version_id","occupation_uri","skill_uri")
);
--> statement-breakpoint
CREATE TABLE "skill" (
	"version_id" text NOT NULL,
	"uri" text NOT NULL,
	"skill_type" text DEFAULT '' NOT NULL,
	"reuse_level" text DEFAULT '' NOT NULL,
	"preferred_label" text NOT NULL,
	"alt_labels" text[] DEFAULT '{}' NOT NULL,
	"hidden_labels" text[] DEFAULT '{}' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"definition" text DEFAULT '' NOT NULL,
	"scope_note" text DEFAULT '' NOT NULL,
	CONSTRAINT "skill_version_id_uri_pk" PRIMARY KEY("version_id","uri")
);
--> statement-breakpoint
CREATE TABLE "skill_broader" (
	"version_id" text NOT NULL,
	"uri" text NOT NULL,
	"broader_uri" text NOT NULL,
	CONSTRAINT "skill_broader_version_id_uri_broader_uri_pk" PRIMARY KEY("version_id","uri","broader_uri")
);
--> statement-breakpoint
CREATE TABLE "skill_group" (
	"version_id" text NOT NULL,
	"uri" text NOT NULL,
	"code" text DEFAULT '' NOT NULL,
	"preferred_label" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	CONSTRAINT "skill_group_version_id_uri_pk" PRIMARY KEY("version_id","uri")
);
--> statement-breakpoint
CREATE TABLE "skill_skill" (
	"version_id" text NOT NULL,
	"skill_uri" text NOT NULL,
	"related_skill_uri" text NOT NULL,
	"relation" text NOT NULL,
	CONSTRAINT "skill_skill_version_id_skill_uri_related_skill_uri_pk" PRIMARY KEY("version_id","skill_uri","related_skill_uri")
);
--> statement-breakpoint
CREATE TABLE "taxonomy_version" (
	"id" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"active" boolean DEFAULT false NOT NULL,
	"status" text NOT NULL,
	"imported_at" timestamp with time zone,
	"counts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"flaws" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "app_user" (
	"id" uuid PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"locale" text DEFAULT 'en' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "app_user_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "audit_event" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_user_id" uuid,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"subject_user_id" uuid,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "membership" (
	"user_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "membership_user_id_organisation_id_role_pk" PRIMARY KEY("user_id","organisation_id","role")
);
--> statement-breakpoint
CREATE TABLE "organisation" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"country" text NOT NULL,
	"city" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_session" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "framework_level" (
	"framework_id" text NOT NULL,
	"level" integer NOT NULL,
	"title" text,
	"descriptors" jsonb NOT NULL,
	CONSTRAINT "framework_level_framework_id_level_pk" PRIMARY KEY("framework_id","level")
);
--> statement-breakpoint
CREATE TABLE "level_referencing" (
	"id" serial PRIMARY KEY NOT NULL,
	"from_framework_id" text NOT NULL,
	"from_level" integer NOT NULL,
	"to_framework_id" text NOT NULL,
	"to_levels" integer[] NOT NULL,
	"source" text NOT NULL,
	"confidence" text NOT NULL,
	CONSTRAINT "level_referencing_fact" UNIQUE("from_framework_id","from_level","to_framework_id")
);
--> statement-breakpoint
CREATE TABLE "occupation_requirement" (
	"country" text NOT NULL,
	"occupation" text NOT NULL,
	"framework_id" text,
	"level" integer,
	"regulated" boolean DEFAULT false NOT NULL,
	"competent_authority" text,
	"recognition_body" text,
	CONSTRAINT "occupation_requirement_country_occupation_pk" PRIMARY KEY("country","occupation")
);
--> statement-breakpoint
CREATE TABLE "qualification" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"awarding_body" text NOT NULL,
	"country" text NOT NULL,
	"framework_id" text NOT NULL,
	"level" integer NOT NULL,
	"isced_level" integer NOT NULL,
	"isced_field" text NOT NULL,
	"learning_outcomes" text[] NOT NULL,
	"occupations" text[] NOT NULL,
	"regulated" boolean DEFAULT false NOT NULL,
	"demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "qualification_framework" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"country" text,
	"source" text NOT NULL,
	"demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recognition_agreement" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"from_party" jsonb NOT NULL,
	"to_party" jsonb NOT NULL,
	"direction" text NOT NULL,
	"mode" text NOT NULL,
	"measures" text[] NOT NULL,
	"scope" jsonb NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date,
	"source" text NOT NULL,
	"demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recognition_case" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"applicant_user_id" uuid NOT NULL,
	"target_country" text NOT NULL,
	"target_occupation" text,
	"target_qualification_id" text,
	"qualification_ids" text[] NOT NULL,
	"status" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone,
	"appeal_deadline" timestamp with time zone,
	"outcome" text,
	"evaluation" jsonb,
	"decision_reasons" text
);
--> statement-breakpoint
CREATE TABLE "recognition_case_event" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_user_id" uuid,
	"step" text NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rpl_assessment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_user_id" uuid NOT NULL,
	"assessor" text NOT NULL,
	"assessor_certifies" boolean NOT NULL,
	"method" text NOT NULL,
	"place" jsonb NOT NULL,
	"date" date NOT NULL,
	"results" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_module" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"provider" text NOT NULL,
	"country" text,
	"cost" double precision NOT NULL,
	"hours" integer NOT NULL,
	"skills" text[] NOT NULL,
	"demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partnership" (
	"id" uuid PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"type" text NOT NULL,
	"status" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"corridors" jsonb NOT NULL,
	"occupations" text[] NOT NULL,
	"tracks" text[] NOT NULL,
	"quotas" jsonb NOT NULL,
	"commitments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partnership_agreement" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"signed_on" date,
	"effective_from" date,
	"review_on" date,
	"expires_on" date,
	"clauses" jsonb NOT NULL,
	"document" jsonb,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partnership_document" (
	"agreement_id" uuid PRIMARY KEY NOT NULL,
	"content_base64" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partnership_party" (
	"partnership_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" text NOT NULL,
	"contacts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "partnership_party_partnership_id_organisation_id_role_pk" PRIMARY KEY("partnership_id","organisation_id","role")
);
--> statement-breakpoint
CREATE TABLE "plan_action" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"objective_id" uuid NOT NULL,
	"title" text NOT NULL,
	"owner_organisation_id" uuid NOT NULL,
	"deadline" date NOT NULL,
	"status" text NOT NULL,
	"evidence" text[] DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_milestone" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"reached_on" date
);
--> statement-breakpoint
CREATE TABLE "plan_objective" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"title" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "readiness_assessment" (
	"partnership_id" uuid NOT NULL,
	"prerequisite" text NOT NULL,
	"level" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"assessed_by" uuid,
	"assessed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "readiness_assessment_partnership_id_prerequisite_pk" PRIMARY KEY("partnership_id","prerequisite")
);
--> statement-breakpoint
CREATE TABLE "workshop" (
	"id" uuid PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"criteria" jsonb NOT NULL,
	"anonymous_scoring" boolean NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workshop_delegation" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workshop_id" uuid NOT NULL,
	"country" text NOT NULL,
	"constituency" text NOT NULL,
	"organisation_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workshop_idea" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workshop_id" uuid NOT NULL,
	"delegation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"origin" text NOT NULL,
	"destination" text NOT NULL,
	"occupations" text[] NOT NULL,
	"tracks" text[] NOT NULL,
	"partnership_id" uuid,
	"submitted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workshop_score" (
	"idea_id" uuid NOT NULL,
	"participant_user_id" uuid NOT NULL,
	"scores" jsonb NOT NULL,
	"scored_at" timestamp with time zone NOT NULL,
	CONSTRAINT "workshop_score_idea_id_participant_user_id_pk" PRIMARY KEY("idea_id","participant_user_id")
);
--> statement-breakpoint
CREATE TABLE "candidate" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid,
	"residence_country" text NOT NULL,
	"profile" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "candidate_user_id_unique" UNIQUE("user_id")
);
--> statement-breakpoint
CREATE TABLE "candidate_consent" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"candidate_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"granted_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "erased_candidate_statistic" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"month" text NOT NULL,
	"residence_country" text NOT NULL,
	"skill_count" integer NOT NULL,
	"tracks" text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme" (
	"id" uuid PRIMARY KEY NOT NULL,
	"provider_id" uuid NOT NULL,
	"programme" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_module" (
	"id" uuid PRIMARY KEY NOT NULL,
	"programme_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"skills" text[] NOT NULL,
	"hours" real NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vacancy" (
	"id" uuid PRIMARY KEY NOT NULL,
	"employer_id" uuid NOT NULL,
	"occupation_uri" text NOT NULL,
	"country" text NOT NULL,
	"track" text NOT NULL,
	"posting" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lmi_import" (
	"id" uuid PRIMARY KEY NOT NULL,
	"file_hash" text NOT NULL,
	"file_name" text NOT NULL,
	"format" text NOT NULL,
	"rows" integer NOT NULL,
	"accepted" integer NOT NULL,
	"rejected" jsonb NOT NULL,
	"skipped" jsonb NOT NULL,
	"imported_by" uuid,
	"imported_at" timestamp with time zone NOT NULL,
	CONSTRAINT "lmi_import_file_hash_unique" UNIQUE("file_hash")
);
--> statement-breakpoint
CREATE TABLE "lmi_observation" (
	"measure" text NOT NULL,
	"country" text NOT NULL,
	"region" text DEFAULT '' NOT NULL,
	"isco_code" text NOT NULL,
	"occupation_uri" text DEFAULT '' NOT NULL,
	"skill_uri" text DEFAULT '' NOT NULL,
	"month" text NOT NULL,
	"count" double precision NOT NULL,
	"source" text NOT NULL,
	"import_id" uuid NOT NULL,
	CONSTRAINT "lmi_observation_key" UNIQUE("country","measure","region","isco_code","occupation_uri","skill_uri","month","source")
);
--> statement-breakpoint
CREATE TABLE "lmi_region" (
	"code" text PRIMARY KEY NOT NULL,
	"country" text NOT NULL,
	"parent" text DEFAULT '' NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "occupation" ADD CONSTRAINT "occupation_version_id_taxonomy_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."taxonomy_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill" ADD CONSTRAINT "skill_version_id_taxonomy_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."taxonomy_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_group" ADD CONSTRAINT "skill_group_version_id_taxonomy_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."taxonomy_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership" ADD CONSTRAINT "membership_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership" ADD CONSTRAINT "membership_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_session" ADD CONSTRAINT "user_session_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_level" ADD CONSTRAINT "framework_level_framework_id_qualification_framework_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."qualification_framework"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "level_referencing" ADD CONSTRAINT "level_referencing_from_framework_id_qualification_framework_id_fk" FOREIGN KEY ("from_framework_id") REFERENCES "public"."qualification_framework"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "level_referencing" ADD CONSTRAINT "level_referencing_to_framework_id_qualification_framework_id_fk" FOREIGN KEY ("to_framework_id") REFERENCES "public"."qualification_framework"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occupation_requirement" ADD CONSTRAINT "occupation_requirement_framework_id_qualification_framework_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."qualification_framework"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qualification" ADD CONSTRAINT "qualification_framework_id_qualification_framework_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."qualification_framework"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recognition_case_event" ADD CONSTRAINT "recognition_case_event_case_id_recognition_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."recognition_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_agreement" ADD CONSTRAINT "partnership_agreement_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_document" ADD CONSTRAINT "partnership_document_agreement_id_partnership_agreement_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."partnership_agreement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_party" ADD CONSTRAINT "partnership_party_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_party" ADD CONSTRAINT "partnership_party_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_action" ADD CONSTRAINT "plan_action_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_action" ADD CONSTRAINT "plan_action_objective_id_plan_objective_id_fk" FOREIGN KEY ("objective_id") REFERENCES "public"."plan_objective"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_action" ADD CONSTRAINT "plan_action_owner_organisation_id_organisation_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_milestone" ADD CONSTRAINT "plan_milestone_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_objective" ADD CONSTRAINT "plan_objective_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "readiness_assessment" ADD CONSTRAINT "readiness_assessment_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "readiness_assessment" ADD CONSTRAINT "readiness_assessment_assessed_by_app_user_id_fk" FOREIGN KEY ("assessed_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_delegation" ADD CONSTRAINT "workshop_delegation_workshop_id_workshop_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshop"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_delegation" ADD CONSTRAINT "workshop_delegation_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_idea" ADD CONSTRAINT "workshop_idea_workshop_id_workshop_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshop"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_idea" ADD CONSTRAINT "workshop_idea_delegation_id_workshop_delegation_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."workshop_delegation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_idea" ADD CONSTRAINT "workshop_idea_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_score" ADD CONSTRAINT "workshop_score_idea_id_workshop_idea_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."workshop_idea"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_score" ADD CONSTRAINT "workshop_score_participant_user_id_app_user_id_fk" FOREIGN KEY ("participant_user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate" ADD CONSTRAINT "candidate_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_consent" ADD CONSTRAINT "candidate_consent_candidate_id_candidate_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidate"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme" ADD CONSTRAINT "programme_provider_id_organisation_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_module" ADD CONSTRAINT "programme_module_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancy" ADD CONSTRAINT "vacancy_employer_id_organisation_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lmi_observation" ADD CONSTRAINT "lmi_observation_import_id_lmi_import_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."lmi_import"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "collection_member_concept_idx" ON "collection_member" USING btree ("version_id","concept_uri");--> statement-breakpoint
CREATE INDEX "occupation_isco_idx" ON "occupation" USING btree ("version_id","isco_code");--> statement-breakpoint
CREATE INDEX "occupation_skill_skill_idx" ON "occupation_skill" USING btree ("version_id","skill_uri");--> statement-breakpoint
CREATE INDEX "skill_broader_broader_idx" ON "skill_broader" USING btree ("version_id","broader_uri");--> statement-breakpoint
CREATE INDEX "audit_event_entity_idx" ON "audit_event" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "user_session_user_idx" ON "user_session" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "qualification_country_idx" ON "qualification" USING btree ("country");--> statement-breakpoint
CREATE INDEX "recognition_case_applicant_idx" ON "recognition_case" USING btree ("applicant_user_id");--> statement-breakpoint
CREATE INDEX "rpl_assessment_person_idx" ON "rpl_assessment" USING btree ("person_user_id");--> statement-breakpoint
CREATE INDEX "partnership_agreement_partnership_idx" ON "partnership_agreement" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "partnership_party_organisation_idx" ON "partnership_party" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "plan_action_partnership_idx" ON "plan_action" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "candidate_consent_candidate_idx" ON "candidate_consent" USING btree ("candidate_id");--> statement-breakpoint
CREATE INDEX "programme_provider_idx" ON "programme" USING btree ("provider_id");--> statement-breakpoint
CREATE INDEX "programme_module_programme_idx" ON "programme_module" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "vacancy_occupation_idx" ON "vacancy" USING btree ("occupation_uri");--> statement-breakpoint
CREATE INDEX "vacancy_employer_idx" ON "vacancy" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "lmi_observation_isco_idx" ON "lmi_observation" USING btree ("isco_code","month");