CREATE TYPE "public"."intro_check_in" AS ENUM('met', 'not_yet', 'could_not');--> statement-breakpoint
CREATE TYPE "public"."intro_mode" AS ENUM('cross-team', 'within-team');--> statement-breakpoint
CREATE TABLE "intro_group_members" (
	"id" text PRIMARY KEY NOT NULL,
	"group_id" text NOT NULL,
	"user_id" text NOT NULL,
	"check_in" "intro_check_in",
	"checked_in_at" timestamp with time zone,
	"emailed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "intro_groups" (
	"id" text PRIMARY KEY NOT NULL,
	"round_id" text NOT NULL,
	"reasons" jsonb NOT NULL,
	"cross_team" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "intro_participants" (
	"id" text PRIMARY KEY NOT NULL,
	"programme_id" text NOT NULL,
	"user_id" text NOT NULL,
	"joined" boolean DEFAULT true NOT NULL,
	"away_until" date,
	"do_not_pair" text[] DEFAULT '{}'::text[] NOT NULL,
	"interests" text[] DEFAULT '{}'::text[] NOT NULL,
	"offers" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "intro_programmes" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"name" text NOT NULL,
	"team_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"mode" "intro_mode" DEFAULT 'cross-team' NOT NULL,
	"group_size" smallint DEFAULT 2 NOT NULL,
	"cadence_weeks" smallint DEFAULT 2 NOT NULL,
	"weekday" smallint DEFAULT 2 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "intro_programmes_group_size" CHECK ("intro_programmes"."group_size" in (2, 3)),
	CONSTRAINT "intro_programmes_cadence" CHECK ("intro_programmes"."cadence_weeks" in (1, 2, 4)),
	CONSTRAINT "intro_programmes_weekday" CHECK ("intro_programmes"."weekday" between 1 and 7)
);
--> statement-breakpoint
CREATE TABLE "intro_rounds" (
	"id" text PRIMARY KEY NOT NULL,
	"programme_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"round_on" date NOT NULL,
	"seed" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "intro_group_members" ADD CONSTRAINT "intro_group_members_group_id_intro_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."intro_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intro_group_members" ADD CONSTRAINT "intro_group_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intro_groups" ADD CONSTRAINT "intro_groups_round_id_intro_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."intro_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intro_participants" ADD CONSTRAINT "intro_participants_programme_id_intro_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."intro_programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intro_participants" ADD CONSTRAINT "intro_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intro_programmes" ADD CONSTRAINT "intro_programmes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intro_programmes" ADD CONSTRAINT "intro_programmes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intro_rounds" ADD CONSTRAINT "intro_rounds_programme_id_intro_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."intro_programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intro_rounds" ADD CONSTRAINT "intro_rounds_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "intro_group_members_key" ON "intro_group_members" USING btree ("group_id","user_id");--> statement-breakpoint
CREATE INDEX "intro_group_members_user_idx" ON "intro_group_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "intro_groups_round_idx" ON "intro_groups" USING btree ("round_id");--> statement-breakpoint
CREATE UNIQUE INDEX "intro_participants_key" ON "intro_participants" USING btree ("programme_id","user_id");--> statement-breakpoint
CREATE INDEX "intro_programmes_org_idx" ON "intro_programmes" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "intro_rounds_key" ON "intro_rounds" USING btree ("programme_id","round_on");