CREATE TYPE "public"."digest_batch_state" AS ENUM('pending', 'sent', 'failed');--> statement-breakpoint
CREATE TYPE "public"."delivery_state" AS ENUM('planned', 'claimed', 'sent', 'skipped', 'failed');--> statement-breakpoint
CREATE TYPE "public"."digest_kind" AS ENUM('employee', 'manager');--> statement-breakpoint
CREATE TABLE "digest_batches" (
	"id" text PRIMARY KEY NOT NULL,
	"idempotency_key" text NOT NULL,
	"state" "digest_batch_state" DEFAULT 'pending' NOT NULL,
	"claimed_by" text,
	"lease_until" timestamp with time zone,
	"sealed_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"not_before" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "digest_deliveries" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"iso_week" text NOT NULL,
	"kind" "digest_kind" NOT NULL,
	"state" "delivery_state" DEFAULT 'planned' NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"batch_id" text,
	"payload" jsonb,
	"error" text,
	"resend_id" text,
	"run_id" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "digest_preferences" (
	"user_id" text PRIMARY KEY NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"day" smallint,
	"hour" smallint,
	"unsubscribed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "digest_runs" (
	"id" text PRIMARY KEY NOT NULL,
	"trigger" text NOT NULL,
	"worker_id" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"planned" integer DEFAULT 0 NOT NULL,
	"sent" integer DEFAULT 0 NOT NULL,
	"skipped" integer DEFAULT 0 NOT NULL,
	"failed" integer DEFAULT 0 NOT NULL,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "digest_tip_history" (
	"user_id" text NOT NULL,
	"iso_week" text NOT NULL,
	"tip_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "digest_tip_history_user_id_iso_week_pk" PRIMARY KEY("user_id","iso_week")
);
--> statement-breakpoint
CREATE TABLE "email_suppressions" (
	"email" text PRIMARY KEY NOT NULL,
	"reason" text NOT NULL,
	"event_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "digest_deliveries" ADD CONSTRAINT "digest_deliveries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digest_deliveries" ADD CONSTRAINT "digest_deliveries_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digest_deliveries" ADD CONSTRAINT "digest_deliveries_batch_id_digest_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."digest_batches"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digest_preferences" ADD CONSTRAINT "digest_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digest_tip_history" ADD CONSTRAINT "digest_tip_history_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "digest_batches_idempotency_key" ON "digest_batches" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "digest_batches_pending_idx" ON "digest_batches" USING btree ("lease_until") WHERE "digest_batches"."state" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "digest_deliveries_user_week_kind_key" ON "digest_deliveries" USING btree ("user_id","iso_week","kind");--> statement-breakpoint
CREATE INDEX "digest_deliveries_planned_idx" ON "digest_deliveries" USING btree ("due_at") WHERE "digest_deliveries"."state" = 'planned';--> statement-breakpoint
CREATE INDEX "digest_deliveries_batch_idx" ON "digest_deliveries" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "digest_deliveries_org_state_idx" ON "digest_deliveries" USING btree ("organisation_id","state","updated_at");--> statement-breakpoint
CREATE INDEX "digest_runs_started_idx" ON "digest_runs" USING btree ("started_at");