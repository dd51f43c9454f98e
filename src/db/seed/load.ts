/**
 * Reference data (taxonomy, the platform admin) on every start, and the demo data set on first start.
 * Demo content goes through the same domain commands as user input, so it is validated the same way.
 */
import { hashPassword } from '../../domain/accounts/secrets.js';
import { createListing } from '../../domain/listings/commands.js';
import { createOrganisationRecord } from '../../domain/organisations/commands.js';
import type { Clock, Stores, UnitOfWork } from '../../domain/ports.js';
import { randomUUID } from 'node:crypto';
import { loadDemoDeals } from './deals.js';
import { type DemoActor, loadDemoEvents } from './events.js';
import { loadDemoRegistries } from './registries.js';
import { loadDemoProgrammes } from './programmes.js';
import { DEMO_ORGANISATIONS } from './organisations.js';
import { OFFER_NEED_LISTINGS } from './listings-offers-needs.js';
import { OTHER_LISTINGS } from './listings-other.js';

export const DEMO_PASSWORD = 'innox-demo-2026';
export { ensurePlatformAdmin, ensureTaxonomy } from './reference.js';
export { DEMO_SETTING } from './reference.js';
import { DEMO_SETTING } from './reference.js';

function demoEmail(key: string): string {
  return `${key.replace(/_/g, '-')}@demo.innox.example`;
}

export interface DemoProgress {
  (done: number, total: number, label: string): void;
}

export async function loadDemoData(
  uow: UnitOfWork,
  clock: Clock,
  progress: DemoProgress = () => undefined,
  options: { publicUrl: string; reportingCurrency?: string } = { publicUrl: 'http://127.0.0.1:3000' },
): Promise<{ organisations: number; listings: number; events: number }> {
  return uow.run(async (s) => {
    if ((await s.platform.getSetting(DEMO_SETTING)) !== null) return { organisations: 0, listings: 0, events: 0 };
    const listingsData = [...OFFER_NEED_LISTINGS, ...OTHER_LISTINGS];
    const total = DEMO_ORGANISATIONS.length + listingsData.length + 1;
    let done = 0;
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const actors = new Map<string, DemoActor>();
    for (const org of DEMO_ORGANISATIONS) {
      const userId = randomUUID();
      await s.accounts.insertUser({ id: userId, email: demoEmail(org.key), passwordHash, displayName: org.admin.displayName, locale: org.admin.locale, isPlatformAdmin: false, demo: true });
      const organisationId = await createOrganisationRecord(
        s,
        clock,
        userId,
        { name: org.name, type: org.type, country: org.country, city: org.city, sectors: org.sectors, ...(org.website ? { website: org.website } : {}), descriptions: org.descriptions },
        { demo: true, verified: org.verified },
      );
      actors.set(org.key, { organisationId, listingIds: [], actor: { userId, isPlatformAdmin: false, memberships: new Map([[organisationId, 'admin']]) } });
      progress(++done, total, org.name);
    }
    const now = clock.now().getTime();
    for (const listing of listingsData) {
      const owner = actors.get(listing.org);
      if (!owner) throw new Error(`demo listing ${listing.key} names unknown organisation ${listing.org}`);
      const listingId = await createListing(s, clock, owner.actor, owner.organisationId, listing.input, {
        status: listing.status,
        demo: true,
        ...(listing.status === 'published' ? { publishedAt: new Date(now - (listing.publishedDaysAgo ?? 0) * 86_400_000 - done * 60_000) } : {}),
      });
      if (listing.status === 'published' && listing.input.visibility !== 'anonymous' && listing.input.type !== 'technology_need') owner.listingIds.push(listingId);
      progress(++done, total, listing.input.title);
    }
    const events = await loadDemoEvents(s, clock, options.publicUrl, actors);
    await loadDemoDeals(s, clock, actors, options.reportingCurrency ?? 'CNY');
    await loadDemoRegistries(s, clock, actors);
    await loadDemoProgrammes(s, clock, options.publicUrl, actors);
    // Demo participants have no real mailboxes: the confirmations their registrations queued are dropped.
    await s.platform.discardMailTo('@demo.innox.example');
    progress(++done, total, 'events');
    await s.platform.setSetting(DEMO_SETTING, { loadedAt: clock.now().toISOString(), organisations: DEMO_ORGANISATIONS.length, listings: listingsData.length, events });
    return { organisations: DEMO_ORGANISATIONS.length, listings: listingsData.length, events };
  });
}

export { demoEmail };
export type { Stores };
