ALTER TABLE "contacts" ADD COLUMN "colleague_user_id" text;--> statement-breakpoint
ALTER TABLE "interactions" ADD COLUMN "intro_group_id" text;--> statement-breakpoint
ALTER TABLE "intro_groups" ADD COLUMN "slot_starts_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_colleague_user_id_users_id_fk" FOREIGN KEY ("colleague_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_intro_group_id_intro_groups_id_fk" FOREIGN KEY ("intro_group_id") REFERENCES "public"."intro_groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "contacts_owner_colleague_key" ON "contacts" USING btree ("owner_id","organisation_id","colleague_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "interactions_intro_group_key" ON "interactions" USING btree ("contact_id","intro_group_id");