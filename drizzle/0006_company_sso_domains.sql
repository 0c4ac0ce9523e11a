CREATE TYPE "public"."sso_domain_policy" AS ENUM('authoritative', 'required');--> statement-breakpoint
CREATE TABLE "organisation_sso_domains" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"domain" text NOT NULL,
	"policy" "sso_domain_policy" NOT NULL,
	"declared_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisation_sso_domains" ADD CONSTRAINT "organisation_sso_domains_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_sso_domains" ADD CONSTRAINT "organisation_sso_domains_declared_by_users_id_fk" FOREIGN KEY ("declared_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_sso_domains_domain_key" ON "organisation_sso_domains" USING btree ("domain");--> statement-breakpoint
CREATE INDEX "organisation_sso_domains_org_idx" ON "organisation_sso_domains" USING btree ("organisation_id");