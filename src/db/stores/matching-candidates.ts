/** Matched documents with what ranking and presenters need of their listing or organisation. */
import { sql } from 'drizzle-orm';
import { typeFromCode } from '../../domain/matching/documents.js';
import type { CandidateDocument, CandidateFacts } from '../../domain/matching/store.js';
import type { ListingStatus, ListingType, Visibility } from '../../domain/shared/vocab.js';

export interface CandidateRow {
  seq: number;
  id: string;
  kind: string;
  type_code: number;
  organisation_id: string;
  concepts: string[];
  live: boolean;
  l_id: string | null;
  l_type: string | null;
  l_status: string | null;
  l_visibility: string | null;
  l_created_by: string | null;
  l_language: string | null;
  /** Only when texts were read. */
  l_title?: string | null;
  l_summary?: string | null;
  l_sectors: string[] | null;
  l_keywords: string[] | null;
  l_country: string | null;
  l_countries_sought: string[] | null;
  l_trl: number | null;
  l_deadline: string | null;
  l_expires_at: string | null;
  l_amount_min: string | number | null;
  l_amount_max: string | number | null;
  l_currency: string | null;
  l_details: Record<string, unknown> | null;
  o_id: string | null;
  o_name: string | null;
  o_type: string | null;
  o_country: string | null;
  o_city: string | null;
  o_sectors: string[] | null;
  o_verification: string | null;
  o_descriptions?: Record<string, string> | null;
  /** Only when terms were read. */
  terms?: string[];
}

const dateText = (v: unknown): string | null => (v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));
const numberOrNull = (v: string | number | null): number | null => (v === null ? null : Number(v));

export function toFacts(r: CandidateRow): CandidateFacts {
  const org = r.o_id ? { id: r.o_id, name: r.o_name ?? '', type: r.o_type ?? '', country: r.o_country ?? '', city: r.o_city, sectors: r.o_sectors ?? [], verified: r.o_verification === 'verified' } : null;
  const listing =
    r.kind === 'listing' && r.l_id
      ? {
          id: r.l_id,
          type: (r.l_type ?? 'technology_offer') as ListingType,
          status: (r.l_status ?? 'draft') as ListingStatus,
          visibility: (r.l_visibility ?? 'public') as Visibility,
          createdBy: r.l_created_by,
          organisationId: r.organisation_id,
          organisationName: org?.name ?? '',
          organisationType: org?.type ?? '',
          organisationVerified: org?.verified ?? false,
          language: r.l_language ?? 'en',
          sectors: r.l_sectors ?? [],
          keywords: r.l_keywords ?? [],
          country: r.l_country ?? '',
          countriesSought: r.l_countries_sought ?? [],
          trl: r.l_trl,
          deadline: dateText(r.l_deadline),
          expiresAt: dateText(r.l_expires_at),
          amountMin: numberOrNull(r.l_amount_min),
          amountMax: numberOrNull(r.l_amount_max),
          currency: r.l_currency,
          details: r.l_details ?? {},
        }
      : null;
  return {
    seq: Number(r.seq),
    id: r.id,
    kind: r.kind === 'organisation' ? 'organisation' : 'listing',
    matchType: typeFromCode(Number(r.type_code)),
    organisationId: r.organisation_id,
    concepts: r.concepts,
    live: r.live,
    listing,
    organisation: r.kind === 'organisation' ? org : null,
  };
}

export function toCandidate(r: CandidateRow): CandidateDocument {
  const facts = toFacts(r);
  return {
    ...facts,
    listing: facts.listing ? { ...facts.listing, title: r.l_title ?? '', summary: r.l_summary ?? '' } : null,
    organisation: facts.organisation ? { ...facts.organisation, descriptions: r.o_descriptions ?? {} } : null,
  };
}

/** Facts always; texts (titles, summaries, descriptions) and forward terms only for what is shown. */
export const candidateSelect = (texts: boolean, terms: boolean) => sql`
  SELECT d.seq, d.id, d.kind, d.type_code, d.organisation_id, d.concepts, d.live${terms ? sql`, d.terms` : sql``},
         l.id AS l_id, l.type AS l_type, l.status AS l_status, l.visibility AS l_visibility, l.created_by AS l_created_by,
         l.language AS l_language,${texts ? sql` l.title AS l_title, l.summary AS l_summary,` : sql``} l.sectors AS l_sectors, l.keywords AS l_keywords,
         l.country AS l_country, l.countries_sought AS l_countries_sought, l.trl AS l_trl, l.deadline AS l_deadline,
         l.expires_at AS l_expires_at, l.amount_min AS l_amount_min, l.amount_max AS l_amount_max, l.currency AS l_currency,
         jsonb_build_object('cooperationTypes', l.details->'cooperationTypes', 'partnerKind', l.details->'partnerKind') AS l_details,
         o.id AS o_id, o.name AS o_name, o.type AS o_type, o.country AS o_country, o.city AS o_city, o.sectors AS o_sectors,
         o.verification_status AS o_verification${texts ? sql`, o.descriptions AS o_descriptions` : sql``}
  FROM match_documents d
  LEFT JOIN listings l ON d.kind = 'listing' AND l.id = d.id
  LEFT JOIN organisations o ON o.id = d.organisation_id`;
