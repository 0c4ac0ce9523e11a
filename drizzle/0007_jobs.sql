CREATE TABLE "send_budgets" (
	"name" text PRIMARY KEY NOT NULL,
	"next_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "digest_runs" ADD COLUMN "heartbeat_at" timestamp with time zone;