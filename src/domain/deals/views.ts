/** Read models of deals: a page of the caller's deals with its stage summary, and one deal in full. */
import { fail } from '../errors.js';
import { canOnListing } from '../listings/policy.js';
import type { Actor, Stores } from '../ports.js';
import { loadDeal, type DealAccess } from './access.js';
import { dealStanding, type DealStanding } from './policy.js';
import type { DealListQuery } from './schema.js';
import type { DealDocument, DealMeetingLink, DealNote, DealParty, DealQuery, DealRecord, StageChange, StageSummary } from './store.js';

export interface EventSummary {
  id: string;
  title: Record<string, string>;
  defaultLanguage: string;
  startsOn: string;
}

export interface DealRow {
  deal: DealRecord;
  parties: DealParty[];
  event: EventSummary | null;
  standing: DealStanding;
}

export interface DealPage {
  rows: DealRow[];
  total: number;
  summary: StageSummary[];
}

export function dealQuery(actor: Actor | null, query: Omit<DealListQuery, 'page' | 'pageSize'>, reportingCurrency: string, paging: { offset: number; limit: number }): DealQuery {
  if (!actor) fail('UNAUTHENTICATED');
  if (query.minValue !== undefined && query.maxValue !== undefined && query.minValue > query.maxValue) fail('INVALID_RANGE', { path: '/minValue' });
  if (query.from && query.to && query.from > query.to) fail('INVALID_RANGE', { path: '/from' });
  return {
    visibleToOrganisationIds: actor.isPlatformAdmin ? null : [...actor.memberships.keys()],
    ...(query.stage?.length ? { stage: query.stage } : {}),
    ...(query.type?.length ? { type: query.type } : {}),
    ...(query.eventId ? { eventId: query.eventId } : {}),
    ...(query.organisationId ? { organisationId: query.organisationId } : {}),
    ...(query.q?.trim() ? { q: query.q.trim() } : {}),
    dateField: query.dateField ?? 'created',
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
    ...(query.minValue !== undefined ? { minValue: query.minValue } : {}),
    ...(query.maxValue !== undefined ? { maxValue: query.maxValue } : {}),
    reportingCurrency,
    sort: query.sort ?? 'updated_desc',
    ...paging,
  };
}

async function rowsFor(stores: Stores, actor: Actor, deals: DealRecord[]): Promise<DealRow[]> {
  const ids = deals.map((d) => d.id);
  const parties = await stores.deals.parties(ids);
  const eventIds = [...new Set(deals.map((d) => d.eventId).filter((id): id is string => id !== null))];
  const events = new Map((await stores.deals.eventTitles(eventIds)).map((e) => [e.id, e]));
  return deals.map((deal) => {
    const own = parties.filter((p) => p.dealId === deal.id);
    return { deal, parties: own, event: deal.eventId ? (events.get(deal.eventId) ?? null) : null, standing: dealStanding(actor, deal, own) };
  });
}

export async function listDeals(stores: Stores, actor: Actor | null, query: DealQuery): Promise<DealPage> {
  if (!actor) fail('UNAUTHENTICATED');
  const [{ rows, total }, summary] = await Promise.all([stores.deals.search(query), stores.deals.summary(query)]);
  return { rows: await rowsFor(stores, actor, rows), total, summary };
}

export interface DealDetail extends DealRow {
  listings: Array<{ id: string; title: string; type: string }>;
  hiddenListings: number;
  meetings: DealMeetingLink[];
  history: StageChange[];
  notes: DealNote[];
  documents: DealDocument[];
}

export async function dealDetail(stores: Stores, actor: Actor | null, id: string, today: string): Promise<DealDetail> {
  const access: DealAccess = await loadDeal(stores, actor, id);
  const [row] = await rowsFor(stores, access.actor, [access.deal]);
  const listings: DealDetail['listings'] = [];
  let hiddenListings = 0;
  for (const listingId of await stores.deals.listingIds(id)) {
    const listing = await stores.listings.find(listingId);
    // A party may have linked its own draft: the other parties see that a listing is there, not what it is.
    if (listing && canOnListing(access.actor, 'view', listing, today)) listings.push({ id: listing.id, title: listing.title, type: listing.type });
    else hiddenListings++;
  }
  const [meetings, history, notes, documents] = await Promise.all([stores.deals.meetings([id]), stores.deals.stageHistory(id), stores.deals.notes(id), stores.deals.documents(id)]);
  return { ...(row as DealRow), listings, hiddenListings, meetings, history, notes, documents };
}
