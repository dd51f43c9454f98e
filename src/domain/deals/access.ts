/** Loading a deal with the caller's standing, and the checks every deal command shares. */
import { fail } from '../errors.js';
import type { Actor, Clock, Stores } from '../ports.js';
import { canOnDeal, dealStanding, type DealAction, type DealStanding } from './policy.js';
import type { DealParty, DealRecord } from './store.js';

/** What deal commands need from the composition root. */
export interface DealContext {
  clock: Clock;
  /** ISO 4217 code values are converted to for reporting (REPORTING_CURRENCY, CNY by default). */
  reportingCurrency: string;
}

export interface DealAccess {
  actor: Actor;
  deal: DealRecord;
  parties: DealParty[];
  standing: DealStanding;
}

/** A deal the caller may see, or 404: outsiders do not learn that it exists. */
export async function loadDeal(stores: Stores, actor: Actor | null, id: string): Promise<DealAccess> {
  if (!actor) fail('UNAUTHENTICATED');
  const deal = await stores.deals.find(id);
  if (!deal) fail('DEAL_NOT_FOUND');
  const parties = await stores.deals.parties([deal.id]);
  const standing = dealStanding(actor, deal, parties);
  if (!canOnDeal(actor, 'view', standing)) fail('DEAL_NOT_FOUND');
  return { actor, deal, parties, standing };
}

/** 403 for those who see the deal but may not do this (platform admins, parties that are not the owner). */
export function authoriseOnDeal(access: DealAccess, action: DealAction): void {
  if (!canOnDeal(access.actor, action, access.standing)) fail('FORBIDDEN', { action });
}

/** The organisation the caller acts for on this deal (the owner if they belong to it). */
export function actingOrganisation(access: DealAccess): string {
  return access.standing.partyOrganisationIds[0] ?? fail('FORBIDDEN');
}

export function today(clock: Clock): string {
  return clock.now().toISOString().slice(0, 10);
}
