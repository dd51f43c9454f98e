/**
 * Matching's jobs on the generic queue. Commands that change a listing or an organisation call
 * requestMatchingRefresh in their transaction; the handlers below do the work after commit.
 * Every handler is idempotent: it recomputes from the current state, so running twice changes nothing.
 */
import type { JobHandler } from '../jobs/queue.js';
import type { Stores } from '../ports.js';
import type { DocumentRef } from './documents.js';
import { parseDocumentRef, type MatchingEngine } from './engine.js';

export const MATCHING_JOB_KINDS = ['matching.refresh', 'matching.matches', 'matching.embed', 'matching.reindex'] as const;
export type MatchingJobKind = (typeof MATCHING_JOB_KINDS)[number];
export const REINDEX_JOB_KEY = 'all';

/** Queues a refresh of the document (one per document while it waits: edits in a row refresh once). */
export async function requestMatchingRefresh(stores: Stores, ref: DocumentRef): Promise<void> {
  await stores.jobs.enqueue({ kind: 'matching.refresh', key: ref.id, payload: { kind: ref.kind, id: ref.id } });
}

function refOf(payload: Record<string, unknown>): DocumentRef {
  const ref = parseDocumentRef(payload);
  if (!ref) throw new Error('matching job without a document reference');
  return ref;
}

export function matchingJobHandlers(engine: MatchingEngine): Record<MatchingJobKind, JobHandler> {
  return {
    'matching.refresh': async (job) => ({ ...(await engine.refresh(refOf(job.payload))) }),
    'matching.matches': async (job) => ({ matches: await engine.refreshMatches(refOf(job.payload)) }),
    'matching.embed': async (job) => {
      await engine.embed(refOf(job.payload));
    },
    'matching.reindex': (_job, context) => engine.reindex(context.progress),
  };
}
