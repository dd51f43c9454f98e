DROP INDEX "deal_stage_changes_deal_idx";--> statement-breakpoint
ALTER TABLE "deal_stage_changes" ADD COLUMN "seq" bigserial NOT NULL;--> statement-breakpoint
CREATE INDEX "deal_stage_changes_deal_idx" ON "deal_stage_changes" USING btree ("deal_id","seq");