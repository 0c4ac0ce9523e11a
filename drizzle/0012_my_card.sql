ALTER TABLE "users" ADD COLUMN "card" jsonb;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "card_token" text;--> statement-breakpoint
CREATE UNIQUE INDEX "users_card_token_key" ON "users" USING btree ("card_token");