CREATE TYPE "public"."intro_request_status" AS ENUM('pending', 'accepted', 'asked_waiting', 'declined', 'expired', 'done');--> statement-breakpoint
CREATE TABLE "intro_request_blocks" (
	"blocker_id" text NOT NULL,
	"blocked_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "intro_request_blocks_blocker_id_blocked_id_organisation_id_pk" PRIMARY KEY("blocker_id","blocked_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "intro_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"requester_id" text NOT NULL,
	"introducer_id" text NOT NULL,
	"contact_id" text,
	"target_label" text NOT NULL,
	"company" text,
	"reason" text NOT NULL,
	"blurb" text NOT NULL,
	"status" "intro_request_status" DEFAULT 'pending' NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"responded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sharing_open_contacts" (
	"contact_id" text PRIMARY KEY NOT NULL,
	"owner_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sharing_preferences" (
	"user_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"share_companies" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sharing_preferences_user_id_organisation_id_pk" PRIMARY KEY("user_id","organisation_id")
);
--> statement-breakpoint
ALTER TABLE "intro_request_blocks" ADD CONSTRAINT "intro_request_blocks_blocker_id_users_id_fk" FOREIGN KEY ("blocker_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intro_request_blocks" ADD CONSTRAINT "intro_request_blocks_blocked_id_users_id_fk" FOREIGN KEY ("blocked_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intro_request_blocks" ADD CONSTRAINT "intro_request_blocks_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intro_requests" ADD CONSTRAINT "intro_requests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intro_requests" ADD CONSTRAINT "intro_requests_requester_id_users_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intro_requests" ADD CONSTRAINT "intro_requests_introducer_id_users_id_fk" FOREIGN KEY ("introducer_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intro_requests" ADD CONSTRAINT "intro_requests_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sharing_open_contacts" ADD CONSTRAINT "sharing_open_contacts_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sharing_open_contacts" ADD CONSTRAINT "sharing_open_contacts_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sharing_open_contacts" ADD CONSTRAINT "sharing_open_contacts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sharing_preferences" ADD CONSTRAINT "sharing_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sharing_preferences" ADD CONSTRAINT "sharing_preferences_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "intro_requests_requester_idx" ON "intro_requests" USING btree ("requester_id","created_at");--> statement-breakpoint
CREATE INDEX "intro_requests_introducer_idx" ON "intro_requests" USING btree ("introducer_id","status");--> statement-breakpoint
CREATE INDEX "intro_requests_org_idx" ON "intro_requests" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "intro_requests_open_idx" ON "intro_requests" USING btree ("expires_at") WHERE "intro_requests"."status" in ('pending', 'asked_waiting');--> statement-breakpoint
CREATE INDEX "sharing_open_contacts_org_idx" ON "sharing_open_contacts" USING btree ("organisation_id","owner_id");