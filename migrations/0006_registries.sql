CREATE TABLE "agreement_parties" (
	"agreement_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"organisation_id" uuid,
	"name" text NOT NULL,
	"country" text,
	"region" text,
	CONSTRAINT "agreement_parties_agreement_id_position_pk" PRIMARY KEY("agreement_id","position")
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"title" jsonb NOT NULL,
	"default_language" text NOT NULL,
	"countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"signed_on" date NOT NULL,
	"valid_from" date,
	"valid_until" date,
	"terminated_on" date,
	"renewed_from_id" uuid,
	"event_id" uuid,
	"visibility" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trainees" (
	"batch_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"programme_id" uuid NOT NULL,
	"name" text NOT NULL,
	"organisation" text,
	"country" text,
	"email" text,
	CONSTRAINT "trainees_batch_id_position_pk" PRIMARY KEY("batch_id","position")
);
--> statement-breakpoint
CREATE TABLE "training_batches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"programme_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"label" text,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"mode" text NOT NULL,
	"location" text,
	"trainee_count" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_programmes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"default_language" text NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"partner_countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"partner_regions" text[] DEFAULT '{}'::text[] NOT NULL,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_by" uuid,
	"demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainees" ADD CONSTRAINT "trainees_batch_id_training_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."training_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_batches" ADD CONSTRAINT "training_batches_programme_id_training_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."training_programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreement_parties_org_idx" ON "agreement_parties" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "agreements_signed_idx" ON "agreements" USING btree ("signed_on","kind");--> statement-breakpoint
CREATE INDEX "agreements_renewed_from_idx" ON "agreements" USING btree ("renewed_from_id");--> statement-breakpoint
CREATE INDEX "agreements_event_idx" ON "agreements" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "agreements_countries_idx" ON "agreements" USING gin ("countries");--> statement-breakpoint
CREATE INDEX "agreements_sectors_idx" ON "agreements" USING gin ("sectors");--> statement-breakpoint
CREATE INDEX "training_batches_programme_idx" ON "training_batches" USING btree ("programme_id","starts_on");--> statement-breakpoint
CREATE INDEX "training_batches_starts_idx" ON "training_batches" USING btree ("starts_on");--> statement-breakpoint
CREATE INDEX "training_programmes_org_idx" ON "training_programmes" USING btree ("organisation_id");