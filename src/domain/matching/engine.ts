/**
 * The MatchingEngine port and its implementation over the MatchingStore (PostgreSQL or PGlite behind it).
 *
 * Work happens in jobs, never on page views: a new or changed listing (or organisation) enqueues a
 * refresh in the transaction that changed it; the refresh re-reads the source, updates its terms, tags,
 * vector and posting lists, and stores its best matches in both directions. Reads of stored matches need
 * neither the dictionaries nor a provider; a live search (a free text) needs the dictionaries.
 */
import { EmbeddingError, type EmbeddingProvider } from './embeddings/provider.js';
import { fail } from '../errors.js';
import type { Actor, Clock, Stores, UnitOfWork } from '../ports.js';
import { analyseDocument, analyseText, embeddingText, queryUnits, type DocumentAnalysis } from './analysis.js';
import { isMatchType, loadDocumentSource, typeCode, type DocumentRef, type MatchFacts, type MatchType } from './documents.js';
import { mirrorExplanation } from './explain.js';
import { complementsOf } from './policy.js';
import { DEFAULT_LIST_CAPACITY } from './postings.js';
import { rank, type RankedMatch } from './ranking.js';
import { reindexAll, type ReindexProgress } from './reindex.js';
import type { CandidateFacts, StoredMatchWrite } from './store.js';
import type { MatchingText, MatchingTextService, TextState } from './warmup.js';
import { DEFAULT_WEIGHTS, weightsFrom, type Weights } from './weights.js';

export type MatchingMode = 'builtin' | 'hybrid-http' | 'hybrid-onnx';

export interface MatchingEngineOptions {
  /** Matches stored per document (and kept in each candidate's list). */
  storedPerDocument: number;
  listCapacity: number;
  /** Query units used by a stored refresh (more thorough) and by a live search (faster). */
  refreshUnits: number;
  searchUnits: number;
  /** A live search waits this long for the provider to embed the query, then goes on without. */
  searchEmbeddingTimeoutMs: number;
}

export const DEFAULT_ENGINE_OPTIONS: MatchingEngineOptions = { storedPerDocument: 20, listCapacity: DEFAULT_LIST_CAPACITY, refreshUnits: 48, searchUnits: 32, searchEmbeddingTimeoutMs: 3000 };

export interface EngineStatus {
  mode: MatchingMode;
  text: TextState;
  embeddings: { kind: EmbeddingProvider['kind']; model: string; dimension: number } | null;
}

export interface RefreshOutcome {
  removed: boolean;
  live: boolean;
  reindexed: boolean;
  matches: number;
  embedding: 'none' | 'stored' | 'unchanged' | 'deferred';
}

export interface SearchRequest {
  text: string;
  language?: string;
  targetTypes: readonly MatchType[];
  countries?: readonly string[];
  limit: number;
  weights: Weights;
  actor: Actor | null;
  accept: (match: CandidateFacts) => boolean;
}

export interface MatchingEngine {
  readonly mode: MatchingMode;
  status(): EngineStatus;
  /** Starts loading dictionaries and fastText in the background; resolves when ready. */
  warmUp(): Promise<void>;
  /** Job: re-read a listing or organisation, re-index it, store its matches (both directions). */
  refresh(ref: DocumentRef): Promise<RefreshOutcome>;
  /** Job: recompute stored matches only (after a re-index, or once an embedding arrived). */
  refreshMatches(ref: DocumentRef): Promise<number>;
  /** Job: embed a document again after the provider failed; throws (to retry) while it still fails. */
  embed(ref: DocumentRef): Promise<void>;
  /** Job: rebuild the whole index; progress is reported as it goes. */
  reindex(progress: ReindexProgress): Promise<Record<string, unknown>>;
  /** Live ranking of a free text (a search); needs the dictionaries. */
  search(stores: Stores, request: SearchRequest): Promise<{ language: string; matches: RankedMatch[] }>;
  /** Live ranking of an existing listing, as the stored refresh would (CLI, diagnostics). */
  rankListing(listingId: string, limit: number): Promise<RankedMatch[]>;
}

export interface MatchingEngineDeps {
  uow: UnitOfWork;
  clock: Clock;
  text: MatchingTextService;
  embeddings: EmbeddingProvider | null;
  options?: Partial<MatchingEngineOptions>;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
/** A live search reads fewer text candidates and highlights its first results only (latency). */
const SEARCH_TEXT_DEPTH = 100;
const SEARCH_HIGHLIGHTS = 5;

export async function platformWeights(stores: Stores): Promise<Weights> {
  return weightsFrom(await stores.matching.weights('platform'), DEFAULT_WEIGHTS);
}

export function createMatchingEngine(deps: MatchingEngineDeps): MatchingEngine {
  const { uow, clock, embeddings } = deps;
  const options = { ...DEFAULT_ENGINE_OPTIONS, ...deps.options };
  const mode: MatchingMode = embeddings ? (embeddings.kind === 'http' ? 'hybrid-http' : 'hybrid-onnx') : 'builtin';
  let indexEnsured: Promise<void> | null = null;
  const ensureVectorIndex = () => (indexEnsured ??= embeddings ? uow.run((s) => s.matching.ensureEmbeddingIndex(embeddings.dimension)) : Promise.resolve());

  const facts = (analysis: DocumentAnalysis): MatchFacts => ({ ...analysis.source.facts, concepts: analysis.concepts });

  /** Stores a fresh vector when the text changed; EmbeddingError defers it to an embed job. */
  async function ensureEmbedding(analysis: DocumentAnalysis): Promise<{ outcome: RefreshOutcome['embedding']; vector: Float32Array | null }> {
    if (!embeddings || !analysis.source.live) return { outcome: 'none', vector: null };
    await ensureVectorIndex();
    const id = analysis.source.ref.id;
    const existing = await uow.read((s) => s.matching.embeddingOf(id, embeddings.model, embeddings.dimension));
    if (existing && existing.textHash === analysis.textHash) return { outcome: 'unchanged', vector: existing.vector };
    try {
      const [vector] = await embeddings.embed([embeddingText(analysis.source)], { purpose: 'document' });
      if (!vector || vector.length !== embeddings.dimension) throw new EmbeddingError('the provider returned no vector of the configured dimension', 'wrong_dimension', false);
      await uow.run((s) => s.matching.saveEmbedding(id, typeCode(analysis.source.matchType), embeddings.model, vector, analysis.textHash, clock.now()));
      return { outcome: 'stored', vector };
    } catch (error) {
      if (!(error instanceof EmbeddingError)) throw error;
      // The text index and matches go ahead without it; the embed job retries with backoff.
      await uow.run((s) => s.jobs.enqueue({ kind: 'matching.embed', key: id, payload: { ...analysis.source.ref } }));
      return { outcome: 'deferred', vector: existing?.vector ?? null };
    }
  }

  async function storeMatches(text: MatchingText, analysis: DocumentAnalysis, vector: Float32Array | null): Promise<number> {
    const today = isoDay(clock.now());
    const ref = analysis.source.ref;
    const ranked = await uow.read(async (s) =>
      rank(s, text.bridge, text.parents, { facts: facts(analysis), query: analysis.query, fields: analysis.fields, excludeIds: [ref.id] }, {
        targetTypes: complementsOf(analysis.source.matchType),
        limit: options.storedPerDocument,
        maxUnits: options.refreshUnits,
        weights: await platformWeights(s),
        today,
        vector: vector && embeddings ? { values: vector, model: embeddings.model } : null,
      }),
    );
    const now = clock.now();
    const rows: StoredMatchWrite[] = ranked.map((m) => ({
      subjectId: ref.id,
      subjectKind: ref.kind,
      subjectType: analysis.source.matchType,
      candidateId: m.candidate.id,
      candidateKind: m.candidate.kind,
      candidateType: m.candidate.matchType,
      score: m.score,
      signals: m.signals,
      explanation: m.explanation,
      mode,
      computedAt: now,
    }));
    // Both directions: the new listing also appears among its candidates' matches.
    await uow.run((s) => s.matching.replaceMatches(ref.id, [...rows, ...rows.map(mirrored)], options.storedPerDocument));
    return rows.length;
  }

  async function analyse(ref: DocumentRef): Promise<{ text: MatchingText; analysis: DocumentAnalysis } | null> {
    const text = await deps.text.load();
    const source = await uow.read((s) => loadDocumentSource(s, ref, isoDay(clock.now())));
    return source ? { text, analysis: analyseDocument(source, text.bridge, text.tagger) } : null;
  }

  const engine: MatchingEngine = {
    mode,
    status: () => ({ mode, text: deps.text.status(), embeddings: embeddings ? { kind: embeddings.kind, model: embeddings.model, dimension: embeddings.dimension } : null }),
    warmUp: async () => {
      await deps.text.load();
      await ensureVectorIndex();
    },

    async refresh(ref) {
      const loaded = await analyse(ref);
      if (!loaded) {
        await uow.run(async (s) => {
          const previous = await s.matching.findDocument(ref.id);
          if (previous) await s.matching.removeDocument(previous);
          await s.matching.removeMatches(ref.id);
          await s.matching.removeEmbedding(ref.id);
        });
        return { removed: true, live: false, reindexed: false, matches: 0, embedding: 'none' };
      }
      const { text, analysis } = loaded;
      const source = analysis.source;
      const code = typeCode(source.matchType);
      const reindexed = await uow.run(async (s) => {
        const previous = await s.matching.findDocument(source.ref.id);
        if (previous && previous.textHash === analysis.textHash && previous.typeCode === code && previous.live === source.live) {
          await s.matching.setDocumentConcepts(source.ref.id, analysis.concepts, analysis.autoConcepts);
          return false;
        }
        await s.matching.indexDocument(
          { id: source.ref.id, kind: source.ref.kind, matchType: source.matchType, typeCode: code, organisationId: source.organisationId, language: source.language, length: analysis.length, terms: analysis.terms, concepts: analysis.concepts, autoConcepts: analysis.autoConcepts, live: source.live, textHash: analysis.textHash, indexedAt: clock.now() },
          previous,
          options.listCapacity,
        );
        if (source.ref.kind === 'listing' && (source.matchType === 'funding_call' || source.matchType === 'project')) {
          // An investor's calls and projects are part of its profile.
          const org = await s.organisations.find(source.organisationId);
          if (org?.type === 'investor') await s.jobs.enqueue({ kind: 'matching.refresh', key: org.id, payload: { kind: 'organisation', id: org.id } });
        }
        return true;
      });
      if (!source.live) {
        await uow.run((s) => s.matching.removeMatches(source.ref.id));
        return { removed: false, live: false, reindexed, matches: 0, embedding: 'none' };
      }
      const embedding = await ensureEmbedding(analysis);
      const matches = await storeMatches(text, analysis, embedding.vector);
      return { removed: false, live: true, reindexed, matches, embedding: embedding.outcome };
    },

    async refreshMatches(ref) {
      const loaded = await analyse(ref);
      if (!loaded || !loaded.analysis.source.live) return 0;
      const embedding = await ensureEmbedding(loaded.analysis);
      return storeMatches(loaded.text, loaded.analysis, embedding.vector);
    },

    async embed(ref) {
      if (!embeddings) return;
      const loaded = await analyse(ref);
      if (!loaded || !loaded.analysis.source.live) return;
      await ensureVectorIndex();
      const [vector] = await embeddings.embed([embeddingText(loaded.analysis.source)], { purpose: 'document' });
      if (!vector || vector.length !== embeddings.dimension) throw new EmbeddingError('the provider returned no vector of the configured dimension', 'wrong_dimension', false);
      await uow.run(async (s) => {
        await s.matching.saveEmbedding(ref.id, typeCode(loaded.analysis.source.matchType), embeddings.model, vector, loaded.analysis.textHash, clock.now());
        await s.jobs.enqueue({ kind: 'matching.matches', key: ref.id, payload: { ...ref } });
      });
    },

    reindex: (progress) => reindexAll({ uow, clock, text: deps.text, listCapacity: options.listCapacity }, progress),

    async search(stores, request) {
      const text = deps.text.current();
      if (!text) {
        void deps.text.load().catch(() => undefined);
        fail('MATCHING_NOT_READY', { status: deps.text.status().state });
      }
      const language = request.language ?? text.bridge.identify(request.text);
      const fields = analyseText(text.bridge, [{ field: 'summary', language, text: request.text }]);
      const units = fields.flatMap((f) => f.units);
      let vector: { values: Float32Array; model: string } | null = null;
      if (embeddings) {
        await ensureVectorIndex();
        const values = await embeddings
          .embed([request.text.slice(0, 2000)], { purpose: 'query', signal: AbortSignal.timeout(options.searchEmbeddingTimeoutMs) })
          .then(([v]) => (v && v.length === embeddings.dimension ? v : null))
          .catch(() => null);
        if (values) vector = { values, model: embeddings.model };
      }
      const facts: MatchFacts = {
        matchType: null,
        organisationId: null,
        organisationType: null,
        country: null,
        countriesSought: request.countries ?? [],
        trl: null,
        trlMin: null,
        amount: null,
        cooperationTypes: [],
        partnerKind: null,
        deadline: null,
        concepts: text.tagger.tag([units]),
      };
      const matches = await rank(stores, text.bridge, text.parents, { facts, query: queryUnits(units), fields, excludeIds: [] }, {
        targetTypes: request.targetTypes,
        limit: request.limit,
        maxUnits: options.searchUnits,
        weights: request.weights,
        today: isoDay(clock.now()),
        vector,
        accept: request.accept,
        depth: SEARCH_TEXT_DEPTH,
        highlightTop: SEARCH_HIGHLIGHTS,
      });
      return { language, matches };
    },

    async rankListing(listingId, limit) {
      const loaded = await analyse({ kind: 'listing', id: listingId });
      if (!loaded) fail('LISTING_NOT_FOUND');
      const { text, analysis } = loaded;
      const vector = embeddings ? await uow.read((s) => s.matching.embeddingOf(listingId, embeddings.model, embeddings.dimension)) : null;
      return uow.read(async (s) =>
        rank(s, text.bridge, text.parents, { facts: facts(analysis), query: analysis.query, fields: analysis.fields, excludeIds: [listingId] }, {
          targetTypes: complementsOf(analysis.source.matchType),
          limit,
          maxUnits: options.refreshUnits,
          weights: await platformWeights(s),
          today: isoDay(clock.now()),
          vector: vector && embeddings ? { values: vector.vector, model: embeddings.model } : null,
        }),
      );
    },
  };
  return engine;
}

/** Mirrored rows of stored matches: the same pair seen from the candidate's side. */
export function mirrored(row: StoredMatchWrite): StoredMatchWrite {
  return {
    ...row,
    subjectId: row.candidateId,
    subjectKind: row.candidateKind,
    subjectType: row.candidateType,
    candidateId: row.subjectId,
    candidateKind: row.subjectKind,
    candidateType: row.subjectType,
    explanation: mirrorExplanation(row.explanation),
  };
}

export function parseDocumentRef(payload: Record<string, unknown>): DocumentRef | null {
  const kind = payload.kind;
  const id = payload.id;
  if ((kind === 'listing' || kind === 'organisation') && typeof id === 'string') return { kind, id };
  return null;
}

export { isMatchType };
