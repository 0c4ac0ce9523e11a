CREATE TYPE "public"."contact_source" AS ENUM('manual', 'import');--> statement-breakpoint
CREATE TYPE "public"."follow_up_reason" AS ENUM('first_meeting', 'cadence', 'second_touch', 'manual');--> statement-breakpoint
CREATE TYPE "public"."interaction_kind" AS ENUM('met', 'message', 'call', 'coffee', 'intro', 'gave_value');--> statement-breakpoint
CREATE TYPE "public"."interaction_outcome" AS ENUM('positive', 'neutral', 'no_reply', 'declined');--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" text PRIMARY KEY NOT NULL,
	"owner_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"name" text NOT NULL,
	"company" text,
	"role" text,
	"email" text,
	"phone" text,
	"linkedin_url" text,
	"met_on" date,
	"met_where" text,
	"met_event_id" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"common_ground" text,
	"notes" text,
	"cadence_ideal_days" integer,
	"cadence_max_days" integer,
	"source" "contact_source" DEFAULT 'manual' NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contacts_cadence_check" CHECK (("contacts"."cadence_ideal_days" is null and "contacts"."cadence_max_days" is null) or ("contacts"."cadence_ideal_days" >= 1 and "contacts"."cadence_max_days" >= "contacts"."cadence_ideal_days"))
);
--> statement-breakpoint
CREATE TABLE "follow_ups" (
	"id" text PRIMARY KEY NOT NULL,
	"contact_id" text NOT NULL,
	"owner_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"due_on" date NOT NULL,
	"original_due_on" date NOT NULL,
	"reason" "follow_up_reason" DEFAULT 'manual' NOT NULL,
	"note" text,
	"done_on" date,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interactions" (
	"id" text PRIMARY KEY NOT NULL,
	"contact_id" text NOT NULL,
	"owner_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"kind" "interaction_kind" NOT NULL,
	"occurred_on" date NOT NULL,
	"outcome" "interaction_outcome" DEFAULT 'positive' NOT NULL,
	"note" text,
	"reflection" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tag_cadences" (
	"id" text PRIMARY KEY NOT NULL,
	"owner_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"tag" text NOT NULL,
	"ideal_days" integer NOT NULL,
	"max_days" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tag_cadences_check" CHECK ("tag_cadences"."ideal_days" >= 1 and "tag_cadences"."max_days" >= "tag_cadences"."ideal_days")
);
--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tag_cadences" ADD CONSTRAINT "tag_cadences_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tag_cadences" ADD CONSTRAINT "tag_cadences_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contacts_owner_name_idx" ON "contacts" USING btree ("owner_id","organisation_id","name");--> statement-breakpoint
CREATE INDEX "contacts_search_idx" ON "contacts" USING gin (to_tsvector('simple'::regconfig, "search_text"));--> statement-breakpoint
CREATE INDEX "contacts_tags_idx" ON "contacts" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "contacts_owner_email_idx" ON "contacts" USING btree ("owner_id","email");--> statement-breakpoint
CREATE INDEX "contacts_owner_linkedin_idx" ON "contacts" USING btree ("owner_id","linkedin_url");--> statement-breakpoint
CREATE INDEX "contacts_org_created_idx" ON "contacts" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "follow_ups_owner_open_idx" ON "follow_ups" USING btree ("owner_id","organisation_id","done_on","due_on");--> statement-breakpoint
CREATE INDEX "follow_ups_contact_idx" ON "follow_ups" USING btree ("contact_id");--> statement-breakpoint
CREATE INDEX "follow_ups_org_done_idx" ON "follow_ups" USING btree ("organisation_id","done_at");--> statement-breakpoint
CREATE INDEX "interactions_contact_idx" ON "interactions" USING btree ("contact_id","occurred_on");--> statement-breakpoint
CREATE INDEX "interactions_owner_idx" ON "interactions" USING btree ("owner_id","occurred_on");--> statement-breakpoint
CREATE INDEX "interactions_org_created_idx" ON "interactions" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "tag_cadences_owner_tag_key" ON "tag_cadences" USING btree ("owner_id","organisation_id",lower("tag"));