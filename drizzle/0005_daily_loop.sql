CREATE TABLE "digest_action_uses" (
	"signature" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"action" text NOT NULL,
	"item_id" text NOT NULL,
	"outcome" text NOT NULL,
	"used_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "nudges" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "digest_preferences" ADD COLUMN "hidden_sections" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "locale" text DEFAULT 'en-GB' NOT NULL;--> statement-breakpoint
ALTER TABLE "digest_action_uses" ADD CONSTRAINT "digest_action_uses_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "digest_action_uses_user_idx" ON "digest_action_uses" USING btree ("user_id");