CREATE TYPE "public"."goal_category" AS ENUM('find_mentor', 'explore_opportunities', 'widen_circle', 'build_skills', 'visibility', 'custom');--> statement-breakpoint
CREATE TYPE "public"."goal_metric" AS ENUM('people_met', 'events_attended', 'follow_ups_done', 'conversations', 'manual');--> statement-breakpoint
CREATE TYPE "public"."goal_status" AS ENUM('active', 'completed', 'archived');--> statement-breakpoint
CREATE TYPE "public"."goal_visibility" AS ENUM('private', 'team');--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"organisation_id" text,
	"answers" jsonb NOT NULL,
	"scores" jsonb NOT NULL,
	"taken_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "first_runs" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"step" text NOT NULL,
	"skipped_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "first_runs_user_key" UNIQUE("user_id")
);
--> statement-breakpoint
CREATE TABLE "networking_time_blocks" (
	"user_id" text PRIMARY KEY NOT NULL,
	"days" jsonb NOT NULL,
	"start_time" time NOT NULL,
	"duration_minutes" smallint NOT NULL,
	"time_zone" text NOT NULL,
	"start_date" date NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pitches" (
	"user_id" text PRIMARY KEY NOT NULL,
	"introduction" text DEFAULT '' NOT NULL,
	"strengths" text DEFAULT '' NOT NULL,
	"looking_for" text DEFAULT '' NOT NULL,
	"talking_points" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goal_check_ins" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"goal_id" text,
	"team_goal_id" text,
	"amount" integer DEFAULT 1 NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "goal_check_ins_one_goal" CHECK (("goal_check_ins"."goal_id" is null) <> ("goal_check_ins"."team_goal_id" is null))
);
--> statement-breakpoint
CREATE TABLE "goal_steps" (
	"id" text PRIMARY KEY NOT NULL,
	"goal_id" text NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"due_date" date,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"user_id" text NOT NULL,
	"title" text NOT NULL,
	"why" text DEFAULT '' NOT NULL,
	"category" "goal_category" DEFAULT 'custom' NOT NULL,
	"metric" "goal_metric" NOT NULL,
	"target" integer NOT NULL,
	"start_date" date NOT NULL,
	"due_date" date NOT NULL,
	"visibility" "goal_visibility" DEFAULT 'private' NOT NULL,
	"status" "goal_status" DEFAULT 'active' NOT NULL,
	"template_id" text,
	"completed_at" timestamp with time zone,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "goals_target_positive" CHECK ("goals"."target" > 0),
	CONSTRAINT "goals_dates_ordered" CHECK ("goals"."due_date" >= "goals"."start_date")
);
--> statement-breakpoint
CREATE TABLE "team_goals" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"team_id" text NOT NULL,
	"created_by" text,
	"title" text NOT NULL,
	"why" text DEFAULT '' NOT NULL,
	"metric" "goal_metric" NOT NULL,
	"per_member_target" integer NOT NULL,
	"start_date" date NOT NULL,
	"due_date" date NOT NULL,
	"status" "goal_status" DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_goals_target_positive" CHECK ("team_goals"."per_member_target" > 0),
	CONSTRAINT "team_goals_dates_ordered" CHECK ("team_goals"."due_date" >= "team_goals"."start_date")
);
--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "first_runs" ADD CONSTRAINT "first_runs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "networking_time_blocks" ADD CONSTRAINT "networking_time_blocks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pitches" ADD CONSTRAINT "pitches_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_check_ins" ADD CONSTRAINT "goal_check_ins_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_check_ins" ADD CONSTRAINT "goal_check_ins_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_check_ins" ADD CONSTRAINT "goal_check_ins_team_goal_id_team_goals_id_fk" FOREIGN KEY ("team_goal_id") REFERENCES "public"."team_goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_steps" ADD CONSTRAINT "goal_steps_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_goals" ADD CONSTRAINT "team_goals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_goals" ADD CONSTRAINT "team_goals_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_goals" ADD CONSTRAINT "team_goals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessments_user_idx" ON "assessments" USING btree ("user_id","taken_at");--> statement-breakpoint
CREATE INDEX "goal_check_ins_goal_idx" ON "goal_check_ins" USING btree ("goal_id","at");--> statement-breakpoint
CREATE INDEX "goal_check_ins_team_goal_idx" ON "goal_check_ins" USING btree ("team_goal_id","user_id");--> statement-breakpoint
CREATE INDEX "goal_check_ins_user_idx" ON "goal_check_ins" USING btree ("user_id","at");--> statement-breakpoint
CREATE INDEX "goal_steps_goal_idx" ON "goal_steps" USING btree ("goal_id","position");--> statement-breakpoint
CREATE INDEX "goals_owner_idx" ON "goals" USING btree ("organisation_id","user_id","status");--> statement-breakpoint
CREATE INDEX "goals_org_visibility_idx" ON "goals" USING btree ("organisation_id","visibility");--> statement-breakpoint
CREATE INDEX "team_goals_team_idx" ON "team_goals" USING btree ("team_id","status");