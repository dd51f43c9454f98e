/**
 * What users do with alerts: save, change and delete listing searches; switch match alerts per
 * organisation; unsubscribe with the secret link of a digest (no login).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { fail, type FieldError } from '../errors.js';
import type { ListingSearchFilters } from '../listings/search-filters.js';
import { loadOrganisation } from '../organisations/commands.js';
import type { Actor, Clock, Stores } from '../ports.js';
import { isCountryCode } from '../shared/countries.js';
import { canOnSavedSearch, canSubscribeToMatches } from './policy.js';
import type { MatchAlertInput, SavedSearchInput, SavedSearchPatch } from './schema.js';
import type { MatchAlertRecord, SavedSearchRecord, Subscription } from './store.js';
import { MAX_SAVED_SEARCHES, type AlertFrequency } from './vocab.js';

const UNSUBSCRIBE_TOKEN_BYTES = 24;
const newUnsubscribeToken = () => randomBytes(UNSUBSCRIBE_TOKEN_BYTES).toString('base64url');

function requireUser(actor: Actor | null): Actor {
  return actor ?? fail('UNAUTHENTICATED');
}

/** Trims the text query and drops empty lists, so equal searches are stored alike. */
function normaliseFilters(filters: ListingSearchFilters): ListingSearchFilters {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (key === 'q' && typeof value === 'string') {
      if (value.trim()) out.q = value.trim();
      continue;
    }
    out[key] = value;
  }
  return out as ListingSearchFilters;
}

/** What the schema cannot say: ranges the right way round, codes that exist. */
async function assertFilters(stores: Stores, filters: ListingSearchFilters): Promise<void> {
  const ranges: FieldError[] = [];
  if (filters.trlMin !== undefined && filters.trlMax !== undefined && filters.trlMin > filters.trlMax) {
    ranges.push({ path: '/filters/trlMax', message: 'trlMax must not be below trlMin' });
  }
  if (filters.deadlineAfter && filters.deadlineBefore && filters.deadlineAfter > filters.deadlineBefore) {
    ranges.push({ path: '/filters/deadlineBefore', message: 'deadlineBefore must not be before deadlineAfter' });
  }
  if (ranges.length) fail('INVALID_RANGE', ranges);
  const countries = (filters.country ?? []).filter((c) => !isCountryCode(c));
  if (countries.length) fail('UNKNOWN_COUNTRY', countries.map((c) => ({ path: '/filters/country', message: `${c} is not an ISO 3166-1 alpha-2 code` })));
  const concepts = [
    ...(filters.sector?.length ? await stores.platform.unknownConcepts(filters.sector, 'sector') : []).map((c) => ({ path: '/filters/sector', message: `unknown sector ${c}` })),
    ...(filters.keyword?.length ? await stores.platform.unknownConcepts(filters.keyword, 'keyword') : []).map((c) => ({ path: '/filters/keyword', message: `unknown keyword ${c}` })),
  ];
  if (concepts.length) fail('UNKNOWN_CONCEPT', concepts);
}

function cleanName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) fail('VALIDATION_FAILED', [{ path: '/name', message: 'the name must not be blank' }]);
  return trimmed;
}

/** Switching digests on starts from now: what was published before is not news to the subscriber. */
function coveredUntilAfter(previous: AlertFrequency, next: AlertFrequency, coveredUntil: Date, now: Date): Date {
  return previous === 'off' && next !== 'off' ? now : coveredUntil;
}

export async function listSavedSearches(stores: Stores, actor: Actor | null): Promise<SavedSearchRecord[]> {
  return stores.alerts.savedSearchesOf(requireUser(actor).userId);
}

/** The caller's saved search; anyone else's is not found (its existence is not revealed). */
export async function loadSavedSearch(stores: Stores, actor: Actor | null, id: string): Promise<SavedSearchRecord> {
  const user = requireUser(actor);
  const search = await stores.alerts.findSavedSearch(id);
  if (!search || !canOnSavedSearch(user, search)) fail('SAVED_SEARCH_NOT_FOUND');
  return search;
}

export async function createSavedSearch(stores: Stores, clock: Clock, actor: Actor | null, input: SavedSearchInput): Promise<SavedSearchRecord> {
  const user = requireUser(actor);
  const name = cleanName(input.name);
  const filters = normaliseFilters(input.filters);
  await assertFilters(stores, filters);
  if ((await stores.alerts.countSavedSearches(user.userId)) >= MAX_SAVED_SEARCHES) fail('SAVED_SEARCH_LIMIT', { max: MAX_SAVED_SEARCHES });
  const now = clock.now();
  const record: SavedSearchRecord = {
    id: randomUUID(),
    userId: user.userId,
    name,
    filters,
    frequency: input.frequency,
    coveredUntil: now,
    unsubscribeToken: newUnsubscribeToken(),
    createdAt: now,
    updatedAt: now,
  };
  await stores.alerts.insertSavedSearch(record);
  return record;
}

export async function updateSavedSearch(stores: Stores, clock: Clock, actor: Actor | null, id: string, patch: SavedSearchPatch): Promise<SavedSearchRecord> {
  const search = await loadSavedSearch(stores, actor, id);
  const filters = patch.filters ? normaliseFilters(patch.filters) : undefined;
  if (filters) await assertFilters(stores, filters);
  const now = clock.now();
  const frequency = patch.frequency ?? search.frequency;
  await stores.alerts.updateSavedSearch(
    search.id,
    {
      ...(patch.name !== undefined ? { name: cleanName(patch.name) } : {}),
      ...(filters ? { filters } : {}),
      frequency,
      coveredUntil: coveredUntilAfter(search.frequency, frequency, search.coveredUntil, now),
    },
    now,
  );
  return loadSavedSearch(stores, actor, search.id);
}

export async function deleteSavedSearch(stores: Stores, actor: Actor | null, id: string): Promise<void> {
  const search = await loadSavedSearch(stores, actor, id);
  await stores.alerts.deleteSavedSearch(search.id);
}

export interface MatchAlertView {
  organisationId: string;
  organisationName: string;
  frequency: AlertFrequency;
}

/** One entry per organisation the caller belongs to ('off' where they never subscribed). */
export async function listMatchAlerts(stores: Stores, actor: Actor | null): Promise<MatchAlertView[]> {
  const user = requireUser(actor);
  const memberships = await stores.accounts.membershipsOf(user.userId);
  const alerts = new Map((await stores.alerts.matchAlertsOf(user.userId)).map((a) => [a.organisationId, a]));
  return memberships.map((m) => ({ organisationId: m.organisationId, organisationName: m.organisationName, frequency: alerts.get(m.organisationId)?.frequency ?? 'off' }));
}

export async function setMatchAlert(stores: Stores, clock: Clock, actor: Actor | null, organisationId: string, input: MatchAlertInput): Promise<MatchAlertView> {
  const user = requireUser(actor);
  const org = await loadOrganisation(stores, organisationId);
  if (!canSubscribeToMatches(user, org.id)) fail('FORBIDDEN', { reason: 'not_a_member' });
  const now = clock.now();
  const existing = await stores.alerts.findMatchAlert(user.userId, org.id);
  if (existing) {
    await stores.alerts.updateMatchAlert(existing.id, { frequency: input.frequency, coveredUntil: coveredUntilAfter(existing.frequency, input.frequency, existing.coveredUntil, now) }, now);
  } else {
    const record: MatchAlertRecord = {
      id: randomUUID(),
      userId: user.userId,
      organisationId: org.id,
      frequency: input.frequency,
      coveredUntil: now,
      unsubscribeToken: newUnsubscribeToken(),
      createdAt: now,
      updatedAt: now,
    };
    await stores.alerts.insertMatchAlert(record);
  }
  return { organisationId: org.id, organisationName: org.name, frequency: input.frequency };
}

/** What an unsubscribe link stops, for the page that confirms it. */
export interface UnsubscribeView {
  kind: Subscription['kind'];
  /** The saved search's name, or the organisation's name for match alerts. */
  name: string;
  frequency: AlertFrequency;
}

async function describe(stores: Stores, subscription: Subscription): Promise<UnsubscribeView> {
  if (subscription.kind === 'saved_search') {
    return { kind: 'saved_search', name: subscription.record.name, frequency: subscription.record.frequency };
  }
  const org = await stores.organisations.find(subscription.record.organisationId);
  return { kind: 'match_alert', name: org?.name ?? '', frequency: subscription.record.frequency };
}

async function loadByToken(stores: Stores, token: string): Promise<Subscription> {
  return (await stores.alerts.findByUnsubscribeToken(token)) ?? fail('UNSUBSCRIBE_LINK_INVALID');
}

export async function unsubscribeInfo(stores: Stores, token: string): Promise<UnsubscribeView> {
  return describe(stores, await loadByToken(stores, token));
}

/** Switches the subscription of the link off; using the link again changes nothing. */
export async function unsubscribe(stores: Stores, clock: Clock, token: string): Promise<UnsubscribeView> {
  const subscription = await loadByToken(stores, token);
  if (subscription.record.frequency !== 'off') {
    const now = clock.now();
    if (subscription.kind === 'saved_search') await stores.alerts.updateSavedSearch(subscription.record.id, { frequency: 'off' }, now);
    else await stores.alerts.updateMatchAlert(subscription.record.id, { frequency: 'off' }, now);
    await stores.platform.audit({
      actorId: null,
      action: 'alert.unsubscribed',
      subjectType: subscription.kind,
      subjectId: subscription.record.id,
      details: { userId: subscription.record.userId, via: 'link' },
    });
  }
  return { ...(await describe(stores, subscription)), frequency: 'off' };
}
