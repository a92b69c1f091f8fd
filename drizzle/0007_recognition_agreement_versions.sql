ALTER TABLE "recognition_agreement" ADD COLUMN "status" text DEFAULT 'in_force' NOT NULL;--> statement-breakpoint
ALTER TABLE "recognition_agreement" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "recognition_agreement" ADD COLUMN "supersedes" text;--> statement-breakpoint
ALTER TABLE "recognition_agreement" ADD COLUMN "recorded_by" uuid;--> statement-breakpoint
ALTER TABLE "recognition_agreement" ADD COLUMN "recorded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "recognition_agreement" ADD COLUMN "retired_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "recognition_agreement" ADD COLUMN "retirement_reason" text;--> statement-breakpoint
ALTER TABLE "rpl_assessment" ADD COLUMN "assessor_organisation_id" uuid;--> statement-breakpoint
ALTER TABLE "recognition_agreement" ADD CONSTRAINT "recognition_agreement_supersedes_unique" UNIQUE("supersedes");