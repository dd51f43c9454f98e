/**
 * What users do with matches: read a listing's stored matches, an organisation's recommendations, search
 * by text, judge a match, correct a listing's automatic tags. Every read applies the viewer's permissions
 * to every matched listing (a viewer never sees what they may not; anonymous listings stay anonymous).
 */
import { fail } from '../errors.js';
import { loadEvent } from '../events/commands.js';
import { loadListing } from '../listings/commands.js';
import { canOnListing } from '../listings/policy.js';
import type { ListingView } from '../listings/store.js';
import { loadOrganisation } from '../organisations/commands.js';
import type { Actor, Clock, Stores } from '../ports.js';
import { isLiveListing, type MatchType } from './documents.js';
import type { MatchingEngine } from './engine.js';
import type { MatchExplanation } from './explain.js';
import { requestMatchingRefresh } from './jobs.js';
import { canGiveFeedback, canSeeMatchedListing, canSeeRecommendations } from './policy.js';
import { liveToday, type RankedMatch } from './ranking.js';
import type { FeedbackInput, MatchFilters, MatchSearchQuery, TagsInput } from './schema.js';
import type { CandidateDocument, CandidateFacts, FeedbackRecord, StoredMatch } from './store.js';
import { combine, DEFAULT_WEIGHTS, weightsFrom, type SignalValues, type Weights } from './weights.js';

/** A match as a viewer may see it, scored with the weights that apply. */
export interface ViewedMatch {
  id: string | null;
  subjectId: string | null;
  candidate: CandidateDocument;
  score: number;
  signals: SignalValues;
  explanation: MatchExplanation;
  mode: string;
  computedAt: Date | null;
  feedback: FeedbackRecord | null;
  canGiveFeedback: boolean;
}

const DEFAULT_LIMIT = 20;
/** Stored matches read per subject before the viewer's filters. */
const READ_DEPTH = 50;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export async function weightsFor(stores: Stores, eventId: string | null): Promise<Weights> {
  const platform = weightsFrom(await stores.matching.weights('platform'), DEFAULT_WEIGHTS);
  return eventId ? weightsFrom(await stores.matching.weights(eventId), platform) : platform;
}

/** May this viewer see this matched document at all? */
export function visibleTo(actor: Actor | null, candidate: CandidateFacts, today: string): boolean {
  if (!liveToday(candidate, today)) return false;
  return candidate.listing ? canSeeMatchedListing(actor, candidate.listing, today) : !!candidate.organisation;
}

function passesFilters(candidate: CandidateDocument, score: number, filters: MatchFilters, only: ReadonlySet<string> | null): boolean {
  if (filters.type?.length && !(filters.type as readonly string[]).includes(candidate.matchType)) return false;
  const country = candidate.listing?.country ?? candidate.organisation?.country ?? '';
  if (filters.country?.length && !filters.country.includes(country)) return false;
  if (filters.minScore !== undefined && score < filters.minScore) return false;
  return !only || only.has(candidate.id);
}

/** The listings brought to an event (its marketplace), or null without an event. */
async function eventListingIds(stores: Stores, actor: Actor | null, eventId: string | undefined): Promise<Set<string> | null> {
  if (!eventId) return null;
  await loadEvent(stores, actor, eventId);
  const ids = new Set<string>();
  for (const r of await stores.registrations.listRegistrations(eventId, { status: ['confirmed'] })) for (const id of [...r.offerListingIds, ...r.seekListingIds]) ids.add(id);
  for (const e of await stores.registrations.listExhibitors(eventId)) for (const id of e.listingIds) ids.add(id);
  return ids;
}

async function viewStored(stores: Stores, actor: Actor | null, rows: readonly StoredMatch[], filters: MatchFilters, today: string, subjectOrganisation: (m: StoredMatch) => string | null): Promise<ViewedMatch[]> {
  const weights = await weightsFor(stores, filters.eventId ?? null);
  const only = await eventListingIds(stores, actor, filters.eventId);
  const candidates = new Map((await stores.matching.candidatesByIds([...new Set(rows.map((r) => r.candidateId))])).map((c) => [c.id, c]));
  const feedback = actor ? await stores.matching.feedbackOf(actor.userId, rows) : new Map<string, FeedbackRecord>();
  const out: ViewedMatch[] = [];
  for (const row of rows) {
    const candidate = candidates.get(row.candidateId);
    if (!candidate || !visibleTo(actor, candidate, today)) continue;
    const score = combine(row.signals, weights);
    if (!passesFilters(candidate, score, filters, only)) continue;
    const owner = subjectOrganisation(row);
    out.push({
      id: row.id,
      subjectId: row.subjectId,
      candidate,
      score,
      signals: row.signals,
      explanation: row.explanation,
      mode: row.mode,
      computedAt: row.computedAt,
      feedback: feedback.get(`${row.subjectId}:${row.candidateId}`) ?? null,
      canGiveFeedback: owner !== null && canGiveFeedback(actor, owner),
    });
  }
  return out.sort((a, b) => b.score - a.score || a.candidate.seq - b.candidate.seq);
}

export interface ListingMatches {
  listing: ListingView;
  /** False while the listing is not published (drafts, expired …): it has no matches then. */
  live: boolean;
  /** A refresh of its matches is queued or running. */
  pending: boolean;
  items: ViewedMatch[];
}

export async function listingMatches(stores: Stores, clock: Clock, actor: Actor | null, listingId: string, filters: MatchFilters): Promise<ListingMatches> {
  const today = isoDay(clock.now());
  const listing = await loadListing(stores, actor, listingId, today);
  const rows = await stores.matching.matchesOf([listing.id], READ_DEPTH);
  const items = await viewStored(stores, actor, rows, filters, today, () => listing.organisationId);
  return {
    listing,
    live: isLiveListing(listing, today),
    pending: await stores.jobs.isPending(['matching.refresh', 'matching.matches'], listing.id),
    items: items.slice(0, filters.limit ?? DEFAULT_LIMIT),
  };
}

export interface Recommendation extends ViewedMatch {
  /** The organisation's own listings (or its profile) this was found for. */
  via: Array<{ kind: 'listing' | 'organisation'; id: string; title: string | null }>;
}

/** "Recommended for you": the best matches across the organisation's live listings and its profile, each once. */
export async function organisationRecommendations(stores: Stores, clock: Clock, actor: Actor | null, organisationId: string, filters: MatchFilters): Promise<Recommendation[]> {
  const org = await loadOrganisation(stores, organisationId);
  if (!actor) fail('UNAUTHENTICATED');
  if (!canSeeRecommendations(actor, org.id)) fail('FORBIDDEN', { reason: 'not_a_member' });
  const today = isoDay(clock.now());
  const own = (await stores.listings.listByOrganisation(org.id, ['published'], 200, null)).filter((l) => isLiveListing(l, today));
  const titles = new Map<string, string | null>([[org.id, null], ...own.map((l): [string, string] => [l.id, l.title])]);
  const rows = await stores.matching.matchesOf([org.id, ...own.map((l) => l.id)], READ_DEPTH);
  const viewed = await viewStored(stores, actor, rows, filters, today, () => org.id);
  const best = new Map<string, Recommendation>();
  for (const m of viewed) {
    if (m.candidate.organisationId === org.id) continue;
    const via = { kind: m.subjectId === org.id ? ('organisation' as const) : ('listing' as const), id: m.subjectId ?? '', title: titles.get(m.subjectId ?? '') ?? null };
    const seen = best.get(m.candidate.id);
    if (seen) seen.via.push(via);
    else best.set(m.candidate.id, { ...m, via: [via] });
  }
  return [...best.values()].slice(0, filters.limit ?? DEFAULT_LIMIT);
}

export async function recordFeedback(stores: Stores, clock: Clock, actor: Actor | null, matchId: string, input: FeedbackInput): Promise<{ match: StoredMatch; feedback: FeedbackRecord }> {
  if (!actor) fail('UNAUTHENTICATED');
  const match = await stores.matching.findMatch(matchId);
  if (!match) fail('MATCH_NOT_FOUND');
  const today = isoDay(clock.now());
  const [candidate] = await stores.matching.candidatesByIds([match.candidateId]);
  const subject = match.subjectKind === 'listing' ? await stores.listings.find(match.subjectId) : null;
  const subjectOrg = subject ? subject.organisationId : match.subjectId;
  // A match one may not see is reported as not found, like a listing one may not see.
  if (!candidate || !visibleTo(actor, candidate, today) || (subject && !canOnListing(actor, 'view', subject, today))) fail('MATCH_NOT_FOUND');
  if (!canGiveFeedback(actor, subjectOrg)) fail('FORBIDDEN', { reason: 'not_a_member' });
  if (input.verdict === 'relevant' && input.reason) fail('VALIDATION_FAILED', [{ path: '/reason', message: 'a reason is only given for not_relevant' }]);
  const feedback = await stores.matching.saveFeedback({ match, userId: actor.userId, verdict: input.verdict, reason: input.reason ?? null, comment: input.comment?.trim() ?? null, at: clock.now() });
  await stores.platform.audit({ actorId: actor.userId, action: 'match.feedback', subjectType: 'match', subjectId: match.id, details: { verdict: input.verdict, reason: input.reason ?? null } });
  return { match, feedback };
}

/** A live search: listings matching a free text, for the viewer. */
export async function searchByText(stores: Stores, engine: MatchingEngine, clock: Clock, actor: Actor | null, query: MatchSearchQuery): Promise<{ language: string; matches: RankedMatch[]; weights: Weights }> {
  const today = isoDay(clock.now());
  const weights = await weightsFor(stores, null);
  const types: readonly MatchType[] = query.type?.length ? query.type : ['technology_offer', 'technology_need', 'project', 'job', 'talent', 'partner_request', 'funding_call'];
  const result = await engine.search(stores, {
    text: query.q,
    ...(query.language ? { language: query.language } : {}),
    targetTypes: types,
    ...(query.country ? { countries: query.country } : {}),
    limit: query.limit ?? DEFAULT_LIMIT,
    weights,
    actor,
    accept: (c) => visibleTo(actor, c, today),
  });
  return { ...result, weights };
}

export interface ListingTags {
  listing: ListingView;
  author: string[];
  automatic: string[];
  dismissed: string[];
  effective: string[];
  indexedAt: Date | null;
}

export async function listingTags(stores: Stores, clock: Clock, actor: Actor | null, listingId: string): Promise<ListingTags> {
  const listing = await loadListing(stores, actor, listingId, isoDay(clock.now()));
  const document = await stores.matching.findDocument(listing.id);
  const dismissed = await stores.matching.dismissedConcepts(listing.id);
  const author = [...new Set([...listing.sectors, ...listing.keywords])].sort();
  const automatic = document?.autoConcepts ?? [];
  const effective = [...new Set([...author, ...automatic.filter((c) => !dismissed.includes(c))])].sort();
  return { listing, author, automatic, dismissed, effective, indexedAt: document?.indexedAt ?? null };
}

/** The author removes automatic tags (the listing's own sectors and keywords are edited on the listing). */
export async function setDismissedTags(stores: Stores, clock: Clock, actor: Actor | null, listingId: string, input: TagsInput): Promise<ListingTags> {
  const today = isoDay(clock.now());
  const listing = await loadListing(stores, actor, listingId, today);
  if (!actor) fail('UNAUTHENTICATED');
  if (!canOnListing(actor, 'edit', listing, today)) fail(actor.memberships.has(listing.organisationId) ? 'INVALID_TRANSITION' : 'FORBIDDEN', { status: listing.status, action: 'edit' });
  const known = new Set((await stores.platform.taxonomy()).map((c) => c.code));
  const unknown = input.dismissed.filter((c) => !known.has(c));
  if (unknown.length) fail('UNKNOWN_CONCEPT', unknown.map((code) => ({ path: '/dismissed', message: `unknown concept ${code}` })));
  await stores.matching.setDismissedConcepts(listing.id, input.dismissed, actor.userId, clock.now());
  const document = await stores.matching.findDocument(listing.id);
  if (document) {
    const author = new Set([...listing.sectors, ...listing.keywords]);
    const concepts = [...new Set([...author, ...document.autoConcepts.filter((c) => !input.dismissed.includes(c))])].sort();
    await stores.matching.setDocumentConcepts(listing.id, concepts, document.autoConcepts);
  }
  await requestMatchingRefresh(stores, { kind: 'listing', id: listing.id });
  await stores.platform.audit({ actorId: actor.userId, action: 'listing.tags_corrected', subjectType: 'listing', subjectId: listing.id, details: { dismissed: input.dismissed } });
  return listingTags(stores, clock, actor, listing.id);
}
