ALTER TABLE "contacts" ADD COLUMN "email_key" text;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "phone_key" text;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "name_key" text;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "linkedin_key" text;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "match_keys_version" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "contacts_owner_email_key_idx" ON "contacts" USING btree ("owner_id","email_key");--> statement-breakpoint
CREATE INDEX "contacts_owner_phone_key_idx" ON "contacts" USING btree ("owner_id","phone_key");--> statement-breakpoint
CREATE INDEX "contacts_owner_name_key_idx" ON "contacts" USING btree ("owner_id","name_key");--> statement-breakpoint
CREATE INDEX "contacts_owner_linkedin_key_idx" ON "contacts" USING btree ("owner_id","linkedin_key");--> statement-breakpoint
CREATE INDEX "contacts_owner_match_keys_version_idx" ON "contacts" USING btree ("owner_id","match_keys_version");