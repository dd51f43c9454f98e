import type { Stores, UnitOfWork } from '../domain/ports.js';
import type { Db, Executor } from './client.js';
import { accountStore } from './stores/accounts.js';
import { alertStore } from './stores/alerts.js';
import { agreementStore } from './stores/agreements.js';
import { trainingStore } from './stores/trainings.js';
import { dealStore } from './stores/deals.js';
import { eventStore } from './stores/events.js';
import { fileStore } from './stores/files.js';
import { jobStore } from './stores/jobs.js';
import { matchingStore } from './stores/matching.js';
import { programmeStore } from './stores/programmes.js';
import { meetingStore } from './stores/meetings.js';
import { registrationStore } from './stores/registrations.js';
import { listingStore } from './stores/listings.js';
import { organisationStore } from './stores/organisations.js';
import { platformStore, type TaxonomyCache } from './stores/platform.js';
import { reportStore } from './stores/reports.js';

export function storesFor(executor: Executor, cache: TaxonomyCache): Stores {
  return {
    accounts: accountStore(executor),
    organisations: organisationStore(executor),
    listings: listingStore(executor),
    platform: platformStore(executor, cache),
    events: eventStore(executor),
    registrations: registrationStore(executor),
    meetings: meetingStore(executor),
    jobs: jobStore(executor),
    matching: matchingStore(executor),
    alerts: alertStore(executor),
    programmes: programmeStore(executor),
    files: fileStore(executor),
    deals: dealStore(executor),
    agreements: agreementStore(executor),
    trainings: trainingStore(executor),
    reports: reportStore(executor),
  };
}

export function unitOfWork(db: Db, cache: TaxonomyCache, afterCommit: () => void): UnitOfWork {
  return {
    async run(fn) {
      const result = await db.transaction((tx) => fn(storesFor(tx, cache)));
      // Mail and other follow-up work written in the transaction is acted on only after commit.
      afterCommit();
      return result;
    },
    read(fn) {
      return fn(storesFor(db, cache));
    },
  };
}
