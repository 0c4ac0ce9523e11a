ALTER TABLE "users" ADD COLUMN "profile_confirmed_at" timestamp with time zone;--> statement-breakpoint
-- People who already chose a name before this step existed are not asked again.
UPDATE "users" SET "profile_confirmed_at" = "updated_at" WHERE "name" IS NOT NULL;
