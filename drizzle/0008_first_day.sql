ALTER TABLE "organisations" ADD COLUMN "digest_chosen_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "profile_confirmed_at" timestamp with time zone;--> statement-breakpoint
-- People who chose a name before the "about you" step existed are not asked again.
UPDATE "users" SET "profile_confirmed_at" = "updated_at" WHERE "name" IS NOT NULL;--> statement-breakpoint
-- Organisations older than the first-run checklist already live with their digest schedule.
UPDATE "organisations" SET "digest_chosen_at" = "created_at";
