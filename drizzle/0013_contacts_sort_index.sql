DROP INDEX "contacts_owner_name_idx";--> statement-breakpoint
CREATE INDEX "contacts_owner_sort_idx" ON "contacts" USING btree ("owner_id","organisation_id",lower("name"),"id");