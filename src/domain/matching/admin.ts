/**
 * Running the engine: its mode and state, the index, re-indexing with progress, the weights of the
 * platform and of events, and the precision of recommendations as users judge them.
 */
import { fail } from '../errors.js';
import { eventFor } from '../events/commands.js';
import type { JobRecord } from '../jobs/store.js';
import type { Actor, Clock, Stores } from '../ports.js';
import type { EngineStatus, MatchingEngine } from './engine.js';
import { MATCHING_JOB_KINDS, REINDEX_JOB_KEY } from './jobs.js';
import { canAdministerMatching } from './policy.js';
import type { WeightsInput } from './schema.js';
import type { IndexStatus } from './store.js';
import { DEFAULT_WEIGHTS, weightsFrom, type Weights } from './weights.js';

function requireAdministrator(actor: Actor | null): Actor {
  if (!actor) fail('UNAUTHENTICATED');
  if (!canAdministerMatching(actor)) fail('FORBIDDEN');
  return actor;
}

export interface Precision {
  relevant: number;
  notRelevant: number;
  /** relevant / (relevant + not relevant); null before any feedback. */
  precision: number | null;
}

export interface MatchingOverview {
  engine: EngineStatus;
  index: IndexStatus;
  jobs: { queued: number; running: number; failed: number };
  reindex: JobRecord | null;
  weights: { platform: Weights; defaults: Weights };
  feedback: Precision & { byType: Array<Precision & { type: string }> };
}

const precision = (relevant: number, notRelevant: number): Precision => ({ relevant, notRelevant, precision: relevant + notRelevant === 0 ? null : relevant / (relevant + notRelevant) });

export async function matchingOverview(stores: Stores, engine: MatchingEngine, actor: Actor | null): Promise<MatchingOverview> {
  requireAdministrator(actor);
  const [index, counts, reindex, stored, feedback] = await Promise.all([
    stores.matching.indexStatus(),
    stores.jobs.counts(MATCHING_JOB_KINDS),
    stores.jobs.latest('matching.reindex'),
    stores.matching.weights('platform'),
    stores.matching.feedbackCounts(),
  ]);
  const relevant = feedback.reduce((n, f) => n + f.relevant, 0);
  const notRelevant = feedback.reduce((n, f) => n + f.notRelevant, 0);
  return {
    engine: engine.status(),
    index,
    jobs: { queued: counts.queued, running: counts.running, failed: counts.failed },
    reindex,
    weights: { platform: weightsFrom(stored, DEFAULT_WEIGHTS), defaults: DEFAULT_WEIGHTS },
    feedback: { ...precision(relevant, notRelevant), byType: feedback.map((f) => ({ type: f.subjectType, ...precision(f.relevant, f.notRelevant) })) },
  };
}

/** Queues a full re-index (once: asking again while it waits returns the same job). */
export async function requestReindex(stores: Stores, actor: Actor | null): Promise<JobRecord> {
  const admin = requireAdministrator(actor);
  const running = await stores.jobs.latest('matching.reindex');
  if (running && (running.status === 'running' || running.status === 'queued')) return running;
  const { id } = await stores.jobs.enqueue({ kind: 'matching.reindex', key: REINDEX_JOB_KEY, maxAttempts: 3 });
  await stores.platform.audit({ actorId: admin.userId, action: 'matching.reindex_requested', subjectType: 'matching', subjectId: id });
  return (await stores.jobs.find(id)) ?? fail('INTERNAL_ERROR');
}

function checkedWeights(input: WeightsInput): Record<string, number> {
  if (Object.values(input).every((w) => w === 0)) fail('VALIDATION_FAILED', [{ path: '', message: 'at least one weight must be above 0' }]);
  return { ...input };
}

export async function setPlatformWeights(stores: Stores, clock: Clock, actor: Actor | null, input: WeightsInput): Promise<Weights> {
  const admin = requireAdministrator(actor);
  const weights = checkedWeights(input);
  await stores.matching.setWeights('platform', null, weights, admin.userId, clock.now());
  await stores.platform.audit({ actorId: admin.userId, action: 'matching.weights_changed', subjectType: 'matching', subjectId: 'platform', details: weights });
  return weightsFrom(weights);
}

export interface EventWeights {
  weights: Weights;
  /** 'event' when the event has its own weights, 'platform' when it uses the platform's. */
  source: 'event' | 'platform';
}

export async function eventWeights(stores: Stores, actor: Actor | null, eventId: string): Promise<EventWeights> {
  const { event } = await eventFor(stores, actor, eventId, 'manageMeetings');
  const platform = weightsFrom(await stores.matching.weights('platform'), DEFAULT_WEIGHTS);
  const own = await stores.matching.weights(event.id);
  return own ? { weights: weightsFrom(own, platform), source: 'event' } : { weights: platform, source: 'platform' };
}

/** Organisers tune matching for their event (its marketplace and matches seen with the event); null resets. */
export async function setEventWeights(stores: Stores, clock: Clock, actor: Actor | null, eventId: string, input: WeightsInput | null): Promise<EventWeights> {
  const { event, actor: organiser } = await eventFor(stores, actor, eventId, 'manageMeetings');
  if (input === null) await stores.matching.clearWeights(event.id);
  else await stores.matching.setWeights(event.id, event.id, checkedWeights(input), organiser.userId, clock.now());
  await stores.platform.audit({ actorId: organiser.userId, action: 'event.matching_weights_changed', subjectType: 'event', subjectId: event.id, details: { weights: input } });
  return eventWeights(stores, organiser, event.id);
}
