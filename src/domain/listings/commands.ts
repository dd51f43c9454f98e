import { randomUUID } from 'node:crypto';
import { fail } from '../errors.js';
import { requestMatchingRefresh } from '../matching/jobs.js';
import { loadOrganisation } from '../organisations/commands.js';
import type { TaxonomyConcept } from '../platform/store.js';
import type { Actor, Clock, Stores } from '../ports.js';
import { detectLanguage } from '../search/text.js';
import { assertCountries } from '../shared/countries.js';
import type { ListingStatus } from '../shared/vocab.js';
import { deriveColumns, searchDocument, validateDetails } from './derive.js';
import { canOnListing, type ListingAction } from './policy.js';
import type { ListingInput, ListingPatch, ModerationInput } from './schema.js';
import type { ListingView, ListingWrite } from './store.js';

/** A published listing stays up this long unless its author picks another date. */
export const DEFAULT_LIFETIME_DAYS = 180;
export const MAX_LIFETIME_DAYS = 730;

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDay(d);
}

async function taxonomyMap(stores: Stores): Promise<Map<string, TaxonomyConcept>> {
  return new Map((await stores.platform.taxonomy()).map((c) => [c.code, c]));
}

async function assertConcepts(stores: Stores, sectors: string[] | undefined, keywords: string[] | undefined): Promise<void> {
  const problems = [
    ...(sectors?.length ? await stores.platform.unknownConcepts(sectors, 'sector') : []).map((c) => ({ path: '/sectors', message: `unknown sector ${c}` })),
    ...(keywords?.length ? await stores.platform.unknownConcepts(keywords, 'keyword') : []).map((c) => ({ path: '/keywords', message: `unknown keyword ${c}` })),
  ];
  if (problems.length) fail('UNKNOWN_CONCEPT', problems);
}

function assertExpiry(expiresAt: string | undefined, today: string): void {
  if (expiresAt === undefined) return;
  if (expiresAt <= today || expiresAt > addDays(today, MAX_LIFETIME_DAYS)) {
    fail('VALIDATION_FAILED', [{ path: '/expiresAt', message: `must be after today and within ${MAX_LIFETIME_DAYS} days` }]);
  }
}

function listingCountries(countriesSought: string[] | undefined, details: Record<string, unknown>) {
  const codes = (countriesSought ?? []).map((code, i) => ({ path: `/countriesSought/${i}`, code }));
  if (typeof details.country === 'string') codes.push({ path: '/details/country', code: details.country });
  assertCountries(codes);
}

export async function loadListing(stores: Stores, actor: Actor | null, id: string, today: string): Promise<ListingView> {
  const listing = await stores.listings.find(id);
  // Not visible is reported as not found, so drafts of other organisations cannot be probed.
  if (!listing || !canOnListing(actor, 'view', listing, today)) fail('LISTING_NOT_FOUND');
  return listing;
}

function authorise(actor: Actor | null, action: ListingAction, listing: ListingView, today: string): asserts actor is Actor {
  if (canOnListing(actor, action, listing, today)) return;
  if (!actor) fail('UNAUTHENTICATED');
  // Members asking for something the status does not allow get 409; others get 403.
  const entitled = action === 'moderate' ? actor.isPlatformAdmin : actor.memberships.has(listing.organisationId);
  fail(entitled ? 'INVALID_TRANSITION' : 'FORBIDDEN', { status: listing.status, action });
}

export interface CreateListingOptions {
  status?: ListingStatus;
  publishedAt?: Date;
  demo?: boolean;
}

export async function createListing(
  stores: Stores,
  clock: Clock,
  actor: Actor | null,
  organisationId: string,
  input: ListingInput,
  options: CreateListingOptions = {},
): Promise<string> {
  if (!actor) fail('UNAUTHENTICATED');
  const org = await loadOrganisation(stores, organisationId);
  if (!actor.memberships.has(org.id)) fail('FORBIDDEN', { reason: 'not_a_member' });
  const details = validateDetails(input.type, input.details);
  listingCountries(input.countriesSought, details);
  await assertConcepts(stores, input.sectors, input.keywords);
  const today = isoDay(clock.now());
  assertExpiry(input.expiresAt, today);
  const status = options.status ?? 'draft';
  const content = {
    title: input.title.trim(),
    summary: input.summary.trim(),
    translations: input.translations ?? [],
    sectors: input.sectors,
    keywords: input.keywords ?? [],
    freeKeywords: input.freeKeywords ?? [],
    details,
  };
  const id = randomUUID();
  const publishedAt = status === 'published' ? (options.publishedAt ?? clock.now()) : null;
  const write: ListingWrite = {
    id,
    organisationId: org.id,
    createdBy: actor.userId,
    type: input.type,
    status,
    visibility: input.visibility ?? 'public',
    language: input.language ?? detectLanguage(`${content.title}\n${content.summary}`),
    languageConfirmed: input.language !== undefined,
    ...content,
    countriesSought: input.countriesSought ?? [],
    ...deriveColumns(input.type, details),
    country: org.country,
    expiresAt: input.expiresAt ?? (publishedAt ? addDays(isoDay(publishedAt), DEFAULT_LIFETIME_DAYS) : null),
    publishedAt,
    submittedAt: status === 'submitted' ? clock.now() : null,
    moderation: null,
    demo: options.demo ?? false,
    search: searchDocument(content, await taxonomyMap(stores)),
  };
  await stores.listings.insert(write);
  await requestMatchingRefresh(stores, { kind: 'listing', id });
  await stores.platform.audit({ actorId: actor.userId, action: 'listing.created', subjectType: 'listing', subjectId: id, details: { type: input.type } });
  return id;
}

export async function updateListing(stores: Stores, clock: Clock, actor: Actor | null, id: string, patch: ListingPatch): Promise<void> {
  const today = isoDay(clock.now());
  const listing = await loadListing(stores, actor, id, today);
  authorise(actor, 'edit', listing, today);
  if (patch.version !== listing.version) fail('VERSION_CONFLICT', { currentVersion: listing.version });
  const details = patch.details !== undefined ? validateDetails(listing.type, patch.details) : listing.details;
  listingCountries(patch.countriesSought ?? listing.countriesSought, details);
  await assertConcepts(stores, patch.sectors, patch.keywords);
  assertExpiry(patch.expiresAt, today);
  const content = {
    title: patch.title?.trim() ?? listing.title,
    summary: patch.summary?.trim() ?? listing.summary,
    translations: patch.translations ?? listing.translations,
    sectors: patch.sectors ?? listing.sectors,
    keywords: patch.keywords ?? listing.keywords,
    freeKeywords: patch.freeKeywords ?? listing.freeKeywords,
    details,
  };
  const textChanged = content.title !== listing.title || content.summary !== listing.summary;
  const org = await loadOrganisation(stores, listing.organisationId);
  // Published content of unverified organisations goes back through moderation after an edit.
  const backToReview = listing.status === 'published' && org.verificationStatus !== 'verified';
  const ok = await stores.listings.update(id, listing.version, {
    ...content,
    ...(patch.language !== undefined
      ? { language: patch.language, languageConfirmed: true }
      : textChanged && !listing.languageConfirmed
        ? { language: detectLanguage(`${content.title}\n${content.summary}`) }
        : {}),
    ...(patch.countriesSought !== undefined ? { countriesSought: patch.countriesSought } : {}),
    ...(patch.visibility !== undefined ? { visibility: patch.visibility } : {}),
    ...(patch.expiresAt !== undefined ? { expiresAt: patch.expiresAt } : {}),
    ...deriveColumns(listing.type, details),
    ...(backToReview ? { status: 'submitted' as const, submittedAt: clock.now() } : {}),
    search: searchDocument(content, await taxonomyMap(stores)),
  });
  if (!ok) fail('VERSION_CONFLICT', { currentVersion: (await stores.listings.find(id))?.version ?? null });
  await requestMatchingRefresh(stores, { kind: 'listing', id });
  await stores.platform.audit({ actorId: actor.userId, action: 'listing.updated', subjectType: 'listing', subjectId: id, details: { backToReview } });
}

async function transition(
  stores: Stores,
  clock: Clock,
  actor: Actor | null,
  id: string,
  action: ListingAction,
  patch: (listing: ListingView, today: string) => Partial<ListingWrite>,
): Promise<ListingView> {
  const today = isoDay(clock.now());
  const listing = await loadListing(stores, actor, id, today);
  authorise(actor, action, listing, today);
  const ok = await stores.listings.update(id, listing.version, patch(listing, today));
  if (!ok) fail('VERSION_CONFLICT', { currentVersion: listing.version });
  await requestMatchingRefresh(stores, { kind: 'listing', id });
  await stores.platform.audit({ actorId: actor.userId, action: `listing.${action}`, subjectType: 'listing', subjectId: id, details: { from: listing.status } });
  return listing;
}

export const submitListing = (stores: Stores, clock: Clock, actor: Actor | null, id: string) =>
  transition(stores, clock, actor, id, 'submit', () => ({ status: 'submitted', submittedAt: clock.now() }));

export const withdrawListing = (stores: Stores, clock: Clock, actor: Actor | null, id: string) =>
  transition(stores, clock, actor, id, 'withdraw', () => ({ status: 'draft', submittedAt: null }));

export const closeListing = (stores: Stores, clock: Clock, actor: Actor | null, id: string) =>
  transition(stores, clock, actor, id, 'close', () => ({ status: 'closed' }));

export async function renewListing(stores: Stores, clock: Clock, actor: Actor | null, id: string, expiresAt: string | undefined): Promise<void> {
  const today = isoDay(clock.now());
  assertExpiry(expiresAt, today);
  await transition(stores, clock, actor, id, 'renew', () => ({
    status: 'published',
    expiresAt: expiresAt ?? addDays(today, DEFAULT_LIFETIME_DAYS),
  }));
}

export async function deleteListing(stores: Stores, clock: Clock, actor: Actor | null, id: string): Promise<void> {
  const today = isoDay(clock.now());
  const listing = await loadListing(stores, actor, id, today);
  authorise(actor, 'delete', listing, today);
  await stores.listings.delete(id);
  await requestMatchingRefresh(stores, { kind: 'listing', id });
  await stores.platform.audit({ actorId: actor.userId, action: 'listing.deleted', subjectType: 'listing', subjectId: id });
}

export async function moderateListing(stores: Stores, clock: Clock, actor: Actor | null, id: string, input: ModerationInput): Promise<void> {
  if (!actor) fail('UNAUTHENTICATED');
  if (!actor.isPlatformAdmin) fail('FORBIDDEN');
  if (input.action !== 'approve' && !input.reason?.trim()) {
    fail('REASON_REQUIRED', [{ path: '/reason', message: 'a reason is required to reject or request changes' }]);
  }
  const now = clock.now();
  const listing = await transition(stores, clock, actor, id, 'moderate', (l, today) => ({
    status: input.action === 'approve' ? 'published' : input.action === 'reject' ? 'rejected' : 'draft',
    moderation: { action: input.action, reason: input.reason?.trim() ?? null, at: now.toISOString(), by: actor?.userId ?? '' },
    ...(input.action === 'approve'
      ? { publishedAt: now, expiresAt: l.expiresAt && l.expiresAt > today ? l.expiresAt : addDays(today, DEFAULT_LIFETIME_DAYS) }
      : {}),
  }));
  if (listing.createdBy) {
    const author = await stores.accounts.findUserById(listing.createdBy);
    if (author) {
      const verdict = { approve: 'was approved and is now published', reject: 'was rejected', request_changes: 'needs changes before it can be published' }[input.action];
      await stores.platform.enqueueMail({
        to: author.email,
        subject: `Innox: your listing ${verdict}`,
        text: `Your listing "${listing.title}" ${verdict}.${input.reason ? `\n\nModerator's note: ${input.reason}` : ''}\n`,
      });
    }
  }
}

/** Run periodically: published listings past their expiry date become expired. */
export async function expireListings(stores: Stores, clock: Clock): Promise<string[]> {
  const ids = await stores.listings.expireDue(isoDay(clock.now()));
  for (const id of ids) {
    await stores.platform.audit({ actorId: null, action: 'listing.expired', subjectType: 'listing', subjectId: id });
    await requestMatchingRefresh(stores, { kind: 'listing', id });
  }
  return ids;
}
