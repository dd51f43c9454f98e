/**
 * The digest sweep: for every switched-on subscription whose current period has no digest yet, collect
 * what is new since its last digest and mail it (or, when nothing is new, only mark the period done).
 *
 * Safe on several servers at once: each subscription is handled in its own transaction that first
 * inserts the sent-log row (UNIQUE on subscription and period) and writes the outbox mail with it; a
 * second server's insert waits for the first and then finds the row, so a period is mailed once. A
 * subscription that fails is rolled back whole and tried again at the next sweep.
 */
import { randomUUID } from 'node:crypto';
import { filterQuery } from '../listings/search.js';
import { filtersQueryString } from '../listings/search-filters.js';
import type { ListingView } from '../listings/store.js';
import { isLiveListing } from '../matching/documents.js';
import { visibleTo } from '../matching/commands.js';
import type { CandidateDocument } from '../matching/store.js';
import type { Actor, Clock, Stores, UnitOfWork } from '../ports.js';
import { digestMail, mailLanguage, type DigestEntry, type MatchDigest, type SearchDigest } from './mail.js';
import { periodKey } from './periods.js';
import type { MatchAlertRecord, Recipient, SavedSearchRecord } from './store.js';
import { SUBSCRIPTION_KINDS, type SubscriptionKind } from './vocab.js';

export interface DigestContext {
  clock: Clock;
  /** Base URL for links in e-mails. */
  publicUrl: string;
}

export interface DigestSweepResult {
  /** Subscriptions whose period was due. */
  due: number;
  mailed: number;
  /** Period marked done without a mail (nothing new, or a demo account). */
  quiet: number;
  /** Another server (or an earlier sweep) had done the period, or the subscription was switched off meanwhile. */
  skipped: number;
  failed: number;
}

const BATCH = 100;
/** Entries a digest lists; beyond them it says how many more there are. */
const MAX_ENTRIES = 20;
/** Own listings whose new matches a match digest reads. */
const MAX_OWN_LISTINGS = 200;
/** Sent-log rows only guard their own period; they are kept a while longer for audit. */
const DIGESTS_KEPT_MS = 35 * 86_400_000;

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export async function sendAlertDigests(uow: UnitOfWork, ctx: DigestContext, onError: (error: unknown) => void = () => undefined): Promise<DigestSweepResult> {
  const now = ctx.clock.now();
  const keys = { dayKey: periodKey('daily', now), weekKey: periodKey('weekly', now) };
  const result: DigestSweepResult = { due: 0, mailed: 0, quiet: 0, skipped: 0, failed: 0 };
  for (const kind of SUBSCRIPTION_KINDS) {
    // Keyset over ids: each due subscription is visited once per sweep, even one that keeps failing.
    let after: string | null = null;
    for (;;) {
      const ids: string[] = await uow.read((s) => s.alerts.due(kind, keys, after, BATCH));
      for (const id of ids) {
        result.due++;
        try {
          result[await uow.run((s) => digestOne(s, ctx, kind, id, now))]++;
        } catch (error) {
          result.failed++;
          onError(error);
        }
      }
      if (ids.length < BATCH) break;
      after = ids[ids.length - 1] ?? null;
    }
  }
  await uow.run((s) => s.alerts.purgeDigests(new Date(now.getTime() - DIGESTS_KEPT_MS)));
  return result;
}

type Outcome = 'mailed' | 'quiet' | 'skipped';

async function digestOne(stores: Stores, ctx: DigestContext, kind: SubscriptionKind, id: string, now: Date): Promise<Outcome> {
  const subscription = kind === 'saved_search' ? await stores.alerts.findSavedSearch(id) : await stores.alerts.findMatchAlertById(id);
  if (!subscription || subscription.frequency === 'off') return 'skipped';
  const frequency = subscription.frequency;
  const claim = {
    id: randomUUID(),
    userId: subscription.userId,
    subscriptionKind: kind,
    subscriptionId: subscription.id,
    periodKey: periodKey(frequency, now),
    windowStart: subscription.coveredUntil,
    windowEnd: now,
  };
  if (!(await stores.alerts.claimDigest(claim))) return 'skipped';
  await stores.alerts.markCovered(kind, subscription.id, now);

  const recipient = await stores.alerts.recipient(subscription.userId);
  const actor = recipient ? await actorOf(stores, recipient) : null;
  const window = { after: claim.windowStart, until: now };
  const digest =
    !recipient || !actor
      ? null
      : 'filters' in subscription
        ? await searchDigest(stores, ctx, actor, recipient, subscription, window)
        : await matchDigest(stores, actor, subscription, window);
  const items = digest ? countOf(digest) : 0;
  let outboxId: string | null = null;
  if (digest && recipient && !recipient.demo) {
    outboxId = await stores.platform.enqueueMail(
      digestMail({
        to: recipient.email,
        displayName: recipient.displayName,
        locale: recipient.locale,
        frequency,
        since: claim.windowStart,
        digest,
        publicUrl: ctx.publicUrl,
        unsubscribeUrl: `${ctx.publicUrl}/unsubscribe/${subscription.unsubscribeToken}`,
      }),
    );
  }
  await stores.alerts.completeDigest(claim.id, items, outboxId);
  return outboxId ? 'mailed' : 'quiet';
}

function countOf(digest: SearchDigest | MatchDigest): number {
  return digest.kind === 'saved_search' ? digest.entries.length + digest.more : digest.groups.reduce((n, g) => n + g.matches.length, 0) + digest.more;
}

/** The recipient as the rest of the domain knows a caller: what they may see is decided as for them. */
async function actorOf(stores: Stores, recipient: Recipient): Promise<Actor> {
  const memberships = await stores.accounts.membershipsOf(recipient.userId);
  return { userId: recipient.userId, isPlatformAdmin: recipient.isPlatformAdmin, memberships: new Map(memberships.map((m) => [m.organisationId, m.role])) };
}

interface Window {
  after: Date;
  until: Date;
}

function titleIn(listing: Pick<ListingView, 'title' | 'translations'>, locale: string | null): string {
  const lang = mailLanguage(locale);
  return listing.translations.find((t) => t.language === lang)?.title ?? listing.title;
}

/** Listings published in the window that the saved search finds, as the recipient may see them. */
async function searchDigest(stores: Stores, ctx: DigestContext, actor: Actor, recipient: Recipient, search: SavedSearchRecord, window: Window): Promise<SearchDigest | null> {
  const result = await stores.listings.search({
    ...filterQuery(search.filters),
    publishedAfter: window.after,
    publishedUntil: window.until,
    sort: 'date',
    after: null,
    limit: MAX_ENTRIES,
    viewer: { loggedIn: true, isPlatformAdmin: actor.isPlatformAdmin, organisationIds: [...actor.memberships.keys()] },
    today: isoDay(window.until),
    withFacets: false,
  });
  if (result.rows.length === 0) return null;
  const entries: DigestEntry[] = result.rows.map((l) => ({
    kind: 'listing',
    id: l.id,
    type: l.type,
    title: titleIn(l, recipient.locale),
    country: l.country,
    // A digest can be forwarded: an anonymous listing's organisation is never named in one.
    organisationName: l.visibility === 'anonymous' ? null : l.organisationName,
  }));
  return {
    kind: 'saved_search',
    name: search.name,
    entries,
    more: Math.max(0, result.total - entries.length),
    searchUrl: `${ctx.publicUrl}/listings${filtersQueryString(search.filters)}`,
  };
}

function candidateEntry(candidate: CandidateDocument): DigestEntry | null {
  if (candidate.listing) {
    const l = candidate.listing;
    return { kind: 'listing', id: l.id, type: l.type, title: l.title, country: l.country, organisationName: l.visibility === 'anonymous' ? null : l.organisationName };
  }
  if (candidate.organisation) {
    const o = candidate.organisation;
    return { kind: 'organisation', id: o.id, type: candidate.matchType, title: o.name, country: o.country, organisationName: o.name };
  }
  return null;
}

/** Matches first stored in the window for the organisation's live listings, that the recipient may see. */
async function matchDigest(stores: Stores, actor: Actor, alert: MatchAlertRecord, window: Window): Promise<MatchDigest | null> {
  // Someone who left the organisation gets no more of its matches (the subscription stays, unused).
  if (!actor.memberships.has(alert.organisationId)) return null;
  const org = await stores.organisations.find(alert.organisationId);
  if (!org) return null;
  const today = isoDay(window.until);
  const own = (await stores.listings.listByOrganisation(org.id, ['published'], MAX_OWN_LISTINGS, null)).filter((l) => isLiveListing(l, today));
  if (own.length === 0) return null;
  const rows = await stores.alerts.newMatches(
    own.map((l) => l.id),
    window.after,
    window.until,
    MAX_OWN_LISTINGS * 5,
  );
  const candidates = new Map((await stores.matching.candidatesByIds([...new Set(rows.map((r) => r.candidateId))])).map((c) => [c.id, c]));
  const groups = new Map<string, MatchDigest['groups'][number]>();
  const titles = new Map(own.map((l) => [l.id, l.title]));
  let shown = 0;
  let more = 0;
  for (const row of rows) {
    const candidate = candidates.get(row.candidateId);
    if (!candidate || candidate.organisationId === org.id || !visibleTo(actor, candidate, today)) continue;
    const entry = candidateEntry(candidate);
    if (!entry) continue;
    if (shown >= MAX_ENTRIES) {
      more++;
      continue;
    }
    shown++;
    const group = groups.get(row.subjectId) ?? { listing: { id: row.subjectId, title: titles.get(row.subjectId) ?? '' }, matches: [] };
    group.matches.push({ ...entry, score: row.score });
    groups.set(row.subjectId, group);
  }
  if (shown === 0) return null;
  return { kind: 'match_alert', organisationName: org.name, groups: [...groups.values()], more };
}
