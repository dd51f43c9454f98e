CREATE TABLE "event_attendance" (
	"id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"day" date NOT NULL,
	"scanned_at" timestamp with time zone NOT NULL,
	"scanned_by" uuid
);
--> statement-breakpoint
CREATE TABLE "event_delegation_members" (
	"event_id" uuid NOT NULL,
	"delegation_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	CONSTRAINT "event_delegation_members_delegation_id_registration_id_pk" PRIMARY KEY("delegation_id","registration_id")
);
--> statement-breakpoint
CREATE TABLE "event_delegations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"country" text,
	"organisation_id" uuid,
	"leader_registration_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_exhibitors" (
	"id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"booth_number" text NOT NULL,
	"area_sqm" numeric(10, 2),
	"hall" text,
	"listing_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_organisers" (
	"event_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_organisers_event_id_organisation_id_pk" PRIMARY KEY("event_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "event_registrations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"organisation_id" uuid,
	"status" text NOT NULL,
	"participant_type" text NOT NULL,
	"display_name" text NOT NULL,
	"organisation_name" text,
	"country" text NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"interpreter_needs" text,
	"offer_listing_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"seek_listing_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"waitlisted_at" timestamp with time zone,
	"decision_reason" text,
	"ticket_code" text NOT NULL,
	"calendar_token" text NOT NULL,
	"max_meetings" integer,
	"unavailable_slot_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"checked_in_at" timestamp with time zone,
	"checked_in_by" uuid,
	"cancelled_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_rooms" (
	"id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"name" text NOT NULL,
	"capacity" integer,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_session_attendees" (
	"event_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_session_attendees_session_id_registration_id_pk" PRIMARY KEY("session_id","registration_id")
);
--> statement-breakpoint
CREATE TABLE "event_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"track" text,
	"room_id" uuid,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"people" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"capacity" integer,
	"streamed" boolean DEFAULT false NOT NULL,
	"online_viewers" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"parent_event_id" uuid,
	"status" text NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"default_language" text NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"time_zone" text NOT NULL,
	"venue" text,
	"city" text,
	"country" text,
	"online_url" text,
	"registration_mode" text NOT NULL,
	"capacity" integer,
	"registration_closes_at" timestamp with time zone,
	"registration_form" jsonb NOT NULL,
	"meeting_settings" jsonb NOT NULL,
	"created_by" uuid,
	"demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_slots" (
	"id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"session" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_tables" (
	"id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"label" text NOT NULL,
	"location" text,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"requester_id" uuid NOT NULL,
	"receiver_id" uuid,
	"delegation_id" uuid,
	"message" text NOT NULL,
	"status" text NOT NULL,
	"decline_reason" text,
	"decline_note" text,
	"priority" integer DEFAULT 1 NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"reminded_at" timestamp with time zone,
	"responded_at" timestamp with time zone,
	"fixed" boolean DEFAULT false NOT NULL,
	"draft_slot_id" uuid,
	"draft_table_id" uuid,
	"slot_id" uuid,
	"table_id" uuid,
	"published_at" timestamp with time zone,
	"online_url" text,
	"requester_attendance" text,
	"receiver_attendance" text,
	"outcome" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "schedule_runs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"mode" text NOT NULL,
	"status" text NOT NULL,
	"time_limit_ms" integer NOT NULL,
	"requested_by" uuid,
	"result" jsonb,
	"error" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "event_attendance" ADD CONSTRAINT "event_attendance_registration_id_event_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."event_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_delegation_members" ADD CONSTRAINT "event_delegation_members_delegation_id_event_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."event_delegations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_delegation_members" ADD CONSTRAINT "event_delegation_members_registration_id_event_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."event_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_delegations" ADD CONSTRAINT "event_delegations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_exhibitors" ADD CONSTRAINT "event_exhibitors_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_organisers" ADD CONSTRAINT "event_organisers_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_rooms" ADD CONSTRAINT "event_rooms_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_session_attendees" ADD CONSTRAINT "event_session_attendees_session_id_event_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."event_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_session_attendees" ADD CONSTRAINT "event_session_attendees_registration_id_event_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."event_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_sessions" ADD CONSTRAINT "event_sessions_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_slots" ADD CONSTRAINT "meeting_slots_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_tables" ADD CONSTRAINT "meeting_tables_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_runs" ADD CONSTRAINT "schedule_runs_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "event_attendance_day_key" ON "event_attendance" USING btree ("registration_id","day");--> statement-breakpoint
CREATE INDEX "event_attendance_event_idx" ON "event_attendance" USING btree ("event_id","day");--> statement-breakpoint
CREATE INDEX "event_delegation_members_reg_idx" ON "event_delegation_members" USING btree ("registration_id");--> statement-breakpoint
CREATE INDEX "event_delegations_event_idx" ON "event_delegations" USING btree ("event_id");--> statement-breakpoint
CREATE UNIQUE INDEX "event_exhibitors_booth_key" ON "event_exhibitors" USING btree ("event_id","booth_number");--> statement-breakpoint
CREATE INDEX "event_exhibitors_org_idx" ON "event_exhibitors" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "event_organisers_org_idx" ON "event_organisers" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_user_key" ON "event_registrations" USING btree ("event_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_ticket_key" ON "event_registrations" USING btree ("ticket_code");--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_calendar_key" ON "event_registrations" USING btree ("calendar_token");--> statement-breakpoint
CREATE INDEX "event_registrations_status_idx" ON "event_registrations" USING btree ("event_id","status","waitlisted_at");--> statement-breakpoint
CREATE INDEX "event_registrations_user_idx" ON "event_registrations" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "event_rooms_event_idx" ON "event_rooms" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "event_session_attendees_reg_idx" ON "event_session_attendees" USING btree ("registration_id");--> statement-breakpoint
CREATE INDEX "event_sessions_event_idx" ON "event_sessions" USING btree ("event_id","starts_at");--> statement-breakpoint
CREATE INDEX "events_status_start_idx" ON "events" USING btree ("status","starts_on");--> statement-breakpoint
CREATE INDEX "events_parent_idx" ON "events" USING btree ("parent_event_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_slots_ordinal_key" ON "meeting_slots" USING btree ("event_id","ordinal");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_tables_label_key" ON "meeting_tables" USING btree ("event_id","label");--> statement-breakpoint
CREATE INDEX "meetings_event_status_idx" ON "meetings" USING btree ("event_id","status");--> statement-breakpoint
CREATE INDEX "meetings_requester_idx" ON "meetings" USING btree ("requester_id");--> statement-breakpoint
CREATE INDEX "meetings_receiver_idx" ON "meetings" USING btree ("receiver_id");--> statement-breakpoint
CREATE INDEX "meetings_expiry_idx" ON "meetings" USING btree ("status","expires_at");--> statement-breakpoint
CREATE INDEX "schedule_runs_status_idx" ON "schedule_runs" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "schedule_runs_event_idx" ON "schedule_runs" USING btree ("event_id","created_at");