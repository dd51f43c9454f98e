/**
 * What the engine indexes: listings, and organisation profiles (an investor's focus, an institute that
 * could partner, an organisation eligible for a funding call). A document is built from the listing or
 * organisation record: its texts (each in its own language), its concepts, and the facts the signals
 * and hard filters read (country, countries sought, TRL, budget, cooperation types, deadline).
 */
import type { ListingView } from '../listings/store.js';
import type { Stores } from '../ports.js';
import type { OrganisationRecord } from '../organisations/store.js';
import { LISTING_STATUSES, LISTING_TYPES, type ListingType } from '../shared/vocab.js';

export type DocumentKind = 'listing' | 'organisation';
/** A listing type, or an organisation profile: 'investor' for investors, 'organisation' for all others. */
export type MatchType = ListingType | 'organisation' | 'investor';
export const MATCH_TYPES: readonly MatchType[] = [...LISTING_TYPES, 'organisation', 'investor'];

/** Compact number of a match type in posting lists and corpus statistics. */
export function typeCode(type: MatchType): number {
  return MATCH_TYPES.indexOf(type);
}

export function typeFromCode(code: number): MatchType {
  return MATCH_TYPES[code] ?? 'organisation';
}

export function isMatchType(value: string): value is MatchType {
  return (MATCH_TYPES as readonly string[]).includes(value);
}

export interface DocumentRef {
  kind: DocumentKind;
  id: string;
}

export interface MoneyRange {
  min: number | null;
  max: number | null;
  currency: string;
}

/** What hard filters and signals read about one side of a pair. */
export interface MatchFacts {
  matchType: MatchType | null;
  organisationId: string | null;
  organisationType: string | null;
  country: string | null;
  countriesSought: readonly string[];
  /** An offer's TRL. */
  trl: number | null;
  /** A need's lowest acceptable TRL. */
  trlMin: number | null;
  amount: MoneyRange | null;
  cooperationTypes: readonly string[];
  partnerKind: string | null;
  deadline: string | null;
  /** Effective taxonomy codes. */
  concepts: readonly string[];
}

export type FieldName = 'title' | 'summary' | 'details' | 'translation' | 'name' | 'description';

export interface TextField {
  field: FieldName;
  /** Content language code ('en', 'zh-Hans', …). */
  language: string;
  text: string;
}

/** A listing or organisation as the engine indexes it. */
export interface DocumentSource {
  ref: DocumentRef;
  matchType: MatchType;
  organisationId: string;
  language: string;
  fields: TextField[];
  /** The author's codes (listing sectors and keywords, organisation sectors). */
  authorConcepts: string[];
  dismissedConcepts: readonly string[];
  /** Candidate for others: a published, unexpired listing, or a verified organisation. */
  live: boolean;
  facts: Omit<MatchFacts, 'concepts'>;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function detailString(details: Record<string, unknown>, key: string): string | null {
  const v = details[key];
  return typeof v === 'string' ? v : null;
}

/** Text values inside a listing's details (problem, solution, expertise …), not codes or dates. */
export function detailTexts(details: Record<string, unknown>): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string' && v.length > 3 && !/^[a-z_]+$/.test(v) && !/^\d{4}-\d{2}-\d{2}$/.test(v)) out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(details);
  return out;
}

export function isLiveListing(listing: Pick<ListingView, 'status' | 'expiresAt' | 'deadline'>, today: string): boolean {
  return listing.status === 'published' && (listing.expiresAt === null || listing.expiresAt >= today) && (listing.deadline === null || listing.deadline >= today);
}

/** The listing fields facts are read from (a listing view, or a matched listing). */
export type ListingFactFields = Pick<
  ListingView,
  'type' | 'organisationId' | 'organisationType' | 'country' | 'countriesSought' | 'trl' | 'amountMin' | 'amountMax' | 'currency' | 'details' | 'deadline'
>;

export function listingFacts(listing: ListingFactFields): Omit<MatchFacts, 'concepts'> {
  const d = listing.details;
  const amount = listing.currency && (listing.amountMin !== null || listing.amountMax !== null) ? { min: listing.amountMin, max: listing.amountMax, currency: listing.currency } : null;
  return {
    matchType: listing.type,
    organisationId: listing.organisationId,
    organisationType: listing.organisationType,
    country: listing.country,
    countriesSought: listing.countriesSought,
    trl: listing.type === 'technology_offer' ? listing.trl : null,
    trlMin: listing.type === 'technology_need' ? listing.trl : null,
    amount,
    cooperationTypes: stringList(d.cooperationTypes),
    partnerKind: detailString(d, 'partnerKind'),
    deadline: listing.deadline,
  };
}

export function listingSource(listing: ListingView, dismissed: readonly string[], today: string): DocumentSource {
  const fields: TextField[] = [
    { field: 'title', language: listing.language, text: listing.title },
    { field: 'summary', language: listing.language, text: listing.summary },
    ...detailTexts(listing.details).map((text) => ({ field: 'details' as const, language: listing.language, text })),
    ...listing.translations.map((t) => ({ field: 'translation' as const, language: t.language, text: `${t.title}\n${t.summary}` })),
    ...listing.freeKeywords.map((text) => ({ field: 'details' as const, language: listing.language, text })),
  ];
  return {
    ref: { kind: 'listing', id: listing.id },
    matchType: listing.type,
    organisationId: listing.organisationId,
    language: listing.language,
    fields,
    authorConcepts: [...new Set([...listing.sectors, ...listing.keywords])],
    dismissedConcepts: dismissed,
    live: isLiveListing(listing, today),
    facts: listingFacts(listing),
  };
}

export function organisationMatchType(org: { type: string }): MatchType {
  return org.type === 'investor' ? 'investor' : 'organisation';
}

export function organisationFacts(org: { id: string; type: string; country: string }): Omit<MatchFacts, 'concepts'> {
  return {
    matchType: organisationMatchType(org),
    organisationId: org.id,
    organisationType: org.type,
    country: org.country,
    countriesSought: [],
    trl: null,
    trlMin: null,
    amount: null,
    cooperationTypes: [],
    partnerKind: null,
    deadline: null,
  };
}

/**
 * An organisation's profile: name, descriptions in their languages, and for investors the titles of
 * their live funding calls and projects (what they put money into is their focus).
 */
export function organisationSource(org: OrganisationRecord, focusTitles: ReadonlyArray<{ language: string; text: string }>): DocumentSource {
  const descriptions = Object.entries(org.descriptions).filter(([, text]) => text.trim() !== '');
  const language = descriptions[0]?.[0] ?? 'en';
  return {
    ref: { kind: 'organisation', id: org.id },
    matchType: organisationMatchType(org),
    organisationId: org.id,
    language,
    fields: [
      { field: 'name', language, text: org.name },
      ...descriptions.map(([lang, text]) => ({ field: 'description' as const, language: lang, text })),
      ...focusTitles.map((t) => ({ field: 'details' as const, language: t.language, text: t.text })),
    ],
    authorConcepts: [...org.sectors],
    dismissedConcepts: [],
    live: org.verificationStatus === 'verified',
    facts: organisationFacts(org),
  };
}

/** The listing or organisation behind a document as it is now (null: it is gone). */
export async function loadDocumentSource(stores: Stores, ref: DocumentRef, today: string): Promise<DocumentSource | null> {
  if (ref.kind === 'listing') {
    const listing = await stores.listings.find(ref.id);
    return listing ? listingSource(listing, await stores.matching.dismissedConcepts(ref.id), today) : null;
  }
  const org = await stores.organisations.find(ref.id);
  if (!org) return null;
  const focus =
    org.type === 'investor'
      ? (await stores.listings.listByOrganisation(org.id, ['published'], 50, null))
          .filter((l) => (l.type === 'funding_call' || l.type === 'project') && l.visibility !== 'anonymous' && isLiveListing(l, today))
          .map((l) => ({ language: l.language, text: l.title }))
      : [];
  return organisationSource(org, focus);
}

/** Many sources at once (re-index): listings in one query, their corrections in another. */
export async function loadDocumentSources(stores: Stores, refs: readonly DocumentRef[], today: string): Promise<DocumentSource[]> {
  const listingIds = refs.filter((r) => r.kind === 'listing').map((r) => r.id);
  const out: DocumentSource[] = [];
  if (listingIds.length > 0) {
    const { rows } = await stores.listings.search({
      text: null,
      ids: listingIds,
      status: [...LISTING_STATUSES],
      sort: 'date',
      after: null,
      limit: listingIds.length,
      viewer: { loggedIn: true, isPlatformAdmin: true, organisationIds: [] },
      today,
      withFacets: false,
    });
    const dismissed = await stores.matching.dismissedConceptsOf(listingIds);
    for (const listing of rows) out.push(listingSource(listing, dismissed.get(listing.id) ?? [], today));
  }
  for (const ref of refs) {
    if (ref.kind !== 'organisation') continue;
    const source = await loadDocumentSource(stores, ref, today);
    if (source) out.push(source);
  }
  return out;
}
