/**
 * Re-indexing everything (admin "re-index", or after dictionaries changed): every listing and organisation
 * is read and analysed in batches, forward documents are written as it goes, posting lists are built in
 * memory (bounded: a list keeps only its best postings) and replace the stored ones in one transaction,
 * so searches see the old index until the new one is complete. Stored matches are then recomputed by
 * one queued job per live document (they take longer; the admin page shows them draining).
 */
import type { Clock, UnitOfWork } from '../ports.js';
import { analyseDocument } from './analysis.js';
import { loadDocumentSources, typeCode, type DocumentRef } from './documents.js';
import { PostingListBuilder } from './postings.js';
import type { DocumentWrite } from './store.js';
import type { MatchingTextService } from './warmup.js';

export type ReindexProgress = (done: number, total: number, details?: Record<string, unknown>) => Promise<void>;

const BATCH = 200;

interface ReindexDeps {
  uow: UnitOfWork;
  clock: Clock;
  text: MatchingTextService;
  listCapacity: number;
}

export async function reindexAll(deps: ReindexDeps, progress: ReindexProgress): Promise<Record<string, unknown>> {
  const { uow, clock } = deps;
  const text = await deps.text.load();
  const startedAt = clock.now();
  const today = startedAt.toISOString().slice(0, 10);
  const total = await uow.read((s) => s.matching.sourceCount());
  const builder = new PostingListBuilder(deps.listCapacity);
  const corpus = new Map<number, { documents: number; totalLength: number }>();
  const live: DocumentRef[] = [];
  let done = 0;
  let after: DocumentRef | null = null;
  await progress(0, total, { phase: 'documents' });
  for (;;) {
    const refs: DocumentRef[] = await uow.read((s) => s.matching.sourceRefs(after, BATCH));
    if (refs.length === 0) break;
    after = refs[refs.length - 1] ?? null;
    const sources = await uow.read((s) => loadDocumentSources(s, refs, today));
    const analyses = sources.map((source) => analyseDocument(source, text.bridge, text.tagger));
    const writes: DocumentWrite[] = analyses.map((a) => ({
      id: a.source.ref.id,
      kind: a.source.ref.kind,
      matchType: a.source.matchType,
      typeCode: typeCode(a.source.matchType),
      organisationId: a.source.organisationId,
      language: a.source.language,
      length: a.length,
      terms: a.terms,
      concepts: a.concepts,
      autoConcepts: a.autoConcepts,
      live: a.source.live,
      textHash: a.textHash,
      indexedAt: clock.now(),
    }));
    const seqs = await uow.run((s) => s.matching.saveDocuments(writes));
    for (const w of writes) {
      const seq = seqs.get(w.id);
      if (seq === undefined || !w.live) continue;
      for (const [term, weight] of w.terms) builder.add(w.typeCode, term, seq, weight, w.length);
      const stats = corpus.get(w.typeCode) ?? { documents: 0, totalLength: 0 };
      stats.documents++;
      stats.totalLength += w.length;
      corpus.set(w.typeCode, stats);
      live.push({ kind: w.kind, id: w.id });
    }
    done += refs.length;
    await progress(done, total, { phase: 'documents' });
  }
  await progress(done, total, { phase: 'postings', lists: builder.size });
  const lists = await uow.run((s) => s.matching.replacePostings(builder.entries(), [...corpus].map(([code, c]) => ({ typeCode: code, ...c }))));
  // Documents whose listing or organisation is gone were not written again: take them out.
  let removed = 0;
  for (let stale = await uow.read((s) => s.matching.documentsIndexedBefore(startedAt, BATCH)); stale.length > 0; stale = await uow.read((s) => s.matching.documentsIndexedBefore(startedAt, BATCH))) {
    await uow.run(async (s) => {
      for (const doc of stale) {
        await s.matching.removeDocument(doc);
        await s.matching.removeMatches(doc.id);
        await s.matching.removeEmbedding(doc.id);
      }
    });
    removed += stale.length;
  }
  const queued = await uow.run((s) => s.jobs.enqueueMany(live.map((ref) => ({ kind: 'matching.matches', key: ref.id, payload: { ...ref } }))));
  const outcome = { phase: 'matches', documents: done, live: live.length, lists, removed, matchJobsQueued: queued };
  await progress(done, total, outcome);
  return outcome;
}
