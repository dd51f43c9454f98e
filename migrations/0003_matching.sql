CREATE TABLE "jobs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"key" text,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 5 NOT NULL,
	"run_after" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_at" timestamp with time zone,
	"last_error" text,
	"progress_done" integer,
	"progress_total" integer,
	"result" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "match_concept_corrections" (
	"document_id" uuid PRIMARY KEY NOT NULL,
	"dismissed" text[] DEFAULT '{}'::text[] NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "match_corpus" (
	"type_code" smallint PRIMARY KEY NOT NULL,
	"documents" integer NOT NULL,
	"total_length" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "match_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" integer GENERATED ALWAYS AS IDENTITY (sequence name "match_documents_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"match_type" text NOT NULL,
	"type_code" smallint NOT NULL,
	"organisation_id" uuid NOT NULL,
	"language" text NOT NULL,
	"length" real NOT NULL,
	"terms" text[] DEFAULT '{}'::text[] NOT NULL,
	"concepts" text[] DEFAULT '{}'::text[] NOT NULL,
	"auto_concepts" text[] DEFAULT '{}'::text[] NOT NULL,
	"live" boolean NOT NULL,
	"text_hash" text NOT NULL,
	"indexed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "match_embeddings" (
	"document_id" uuid PRIMARY KEY NOT NULL,
	"type_code" smallint NOT NULL,
	"model" text NOT NULL,
	"dimension" integer NOT NULL,
	"embedding" vector NOT NULL,
	"text_hash" text NOT NULL,
	"embedded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "match_feedback" (
	"id" uuid PRIMARY KEY NOT NULL,
	"match_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"candidate_type" text NOT NULL,
	"user_id" uuid NOT NULL,
	"verdict" text NOT NULL,
	"reason" text,
	"comment" text,
	"score" real NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "match_term_lists" (
	"term" text NOT NULL,
	"type_code" smallint NOT NULL,
	"df" integer NOT NULL,
	"postings" "bytea" NOT NULL,
	CONSTRAINT "match_term_lists_term_type_code_pk" PRIMARY KEY("term","type_code")
);
--> statement-breakpoint
CREATE TABLE "match_weights" (
	"scope" text PRIMARY KEY NOT NULL,
	"event_id" uuid,
	"weights" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"subject_id" uuid NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_type" text NOT NULL,
	"candidate_id" uuid NOT NULL,
	"candidate_kind" text NOT NULL,
	"candidate_type" text NOT NULL,
	"score" real NOT NULL,
	"signals" jsonb NOT NULL,
	"explanation" jsonb NOT NULL,
	"mode" text NOT NULL,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "match_weights" ADD CONSTRAINT "match_weights_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_queued_key" ON "jobs" USING btree ("kind","key") WHERE status = 'queued';--> statement-breakpoint
CREATE INDEX "jobs_claim_idx" ON "jobs" USING btree ("status","run_after");--> statement-breakpoint
CREATE INDEX "jobs_kind_created_idx" ON "jobs" USING btree ("kind","created_at");--> statement-breakpoint
CREATE INDEX "jobs_key_idx" ON "jobs" USING btree ("key","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "match_documents_seq_key" ON "match_documents" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "match_documents_concepts_idx" ON "match_documents" USING gin ("concepts");--> statement-breakpoint
CREATE INDEX "match_documents_org_idx" ON "match_documents" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "match_embeddings_model_idx" ON "match_embeddings" USING btree ("model","dimension","type_code");--> statement-breakpoint
CREATE UNIQUE INDEX "match_feedback_pair_user_key" ON "match_feedback" USING btree ("subject_id","candidate_id","user_id");--> statement-breakpoint
CREATE INDEX "match_feedback_type_idx" ON "match_feedback" USING btree ("subject_type","verdict");--> statement-breakpoint
CREATE UNIQUE INDEX "matches_pair_key" ON "matches" USING btree ("subject_id","candidate_id");--> statement-breakpoint
CREATE INDEX "matches_subject_score_idx" ON "matches" USING btree ("subject_id","score");--> statement-breakpoint
CREATE INDEX "matches_candidate_idx" ON "matches" USING btree ("candidate_id");