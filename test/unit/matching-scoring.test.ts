/** The pure parts of matching: hybrid score, signals, hard filters, posting lists, explanations. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { MatchFacts } from '../../src/domain/matching/documents.js';
import { matchedTerms, mirrorExplanation, parseExplanation, type MatchExplanation, type Span } from '../../src/domain/matching/explain.js';
import { complementsOf, pairAllowed } from '../../src/domain/matching/policy.js';
import { PostingListBuilder, emptyPostingList, withDocument, withoutDocument } from '../../src/domain/matching/postings.js';
import { textSignal } from '../../src/domain/matching/ranking.js';
import { budgetFit, conceptOverlap, factSignals } from '../../src/domain/matching/signals.js';
import { combine, contributions, DEFAULT_WEIGHTS, emptySignals, SIGNALS, weightsFrom } from '../../src/domain/matching/weights.js';

const near = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≈ ${expected}`);

const facts = (overrides: Partial<MatchFacts>): MatchFacts => ({
  matchType: 'technology_offer',
  organisationId: 'org-a',
  organisationType: 'enterprise',
  country: 'DE',
  countriesSought: [],
  trl: null,
  trlMin: null,
  amount: null,
  cooperationTypes: [],
  partnerKind: null,
  deadline: null,
  concepts: [],
  ...overrides,
});

describe('hybrid score', () => {
  test('is the weighted mean of the signals that apply; missing signals neither help nor hurt', () => {
    const values = { ...emptySignals(), text: 0.8, concepts: 0.4 };
    near(combine(values, weightsFrom({ text: 1, concepts: 1, semantic: 5 })), 0.6);
    near(combine(values, weightsFrom({ text: 3, concepts: 1 })), (3 * 0.8 + 0.4) / 4);
    assert.equal(combine(emptySignals(), DEFAULT_WEIGHTS), 0);
  });

  test('a weight of 0 switches a signal off; contributions add up to the score', () => {
    const values = { ...emptySignals(), text: 0.8, concepts: 0.4, country: 1 };
    const weights = weightsFrom({ text: 1, concepts: 0, country: 1 });
    near(combine(values, weights), 0.9);
    const shares = contributions(values, weights);
    assert.equal(shares.concepts, 0);
    assert.equal(shares.semantic, null);
    near(SIGNALS.reduce((sum, s) => sum + (shares[s] ?? 0), 0), 0.9);
  });

  test('default weights are documented and sum to 1; stored weights are read over them', () => {
    near(SIGNALS.reduce((sum, s) => sum + DEFAULT_WEIGHTS[s], 0), 1);
    assert.deepEqual(weightsFrom({ text: 2, bogus: 9, trl: -1 }), { ...DEFAULT_WEIGHTS, text: 2 });
  });

  test('text is put on 0..1 against the query’s ideal score: 0 without shared words, 0.5 at 15 % of the ideal', () => {
    assert.equal(textSignal(undefined, 10), 0);
    assert.equal(textSignal(1.5, 10), 0.5);
    assert.ok(textSignal(9, 10) > 0.85);
  });
});

describe('signals', () => {
  const parents = new Map([['kw.laser_welding', 'laser_technology']]);

  test('shared concepts: keywords weigh more than sectors, and a keyword counts (half) as its sector', () => {
    assert.equal(conceptOverlap(['kw.laser_welding'], ['kw.laser_welding'], parents).value, 1);
    const viaParent = conceptOverlap(['kw.laser_welding'], ['laser_technology'], parents);
    assert.deepEqual(viaParent.shared, ['laser_technology']);
    assert.equal(viaParent.value, (2 * 0.5) / (1.5 + 0.5));
    assert.equal(conceptOverlap([], ['x'], parents).value, null);
  });

  test('budgets: overlapping ranges fit, a gap fits less, other currencies do not compare', () => {
    assert.deepEqual(budgetFit({ min: 100, max: 200, currency: 'EUR' }, { min: 150, max: null, currency: 'EUR' }), { value: 1, overlap: true });
    assert.equal(budgetFit({ min: 100, max: 200, currency: 'EUR' }, { min: 300, max: 400, currency: 'EUR' }).value, 0.75);
    assert.equal(budgetFit({ min: 100, max: 200, currency: 'EUR' }, { min: 100, max: 200, currency: 'CNY' }).value, null);
  });

  test('TRL, countries and cooperation types, with the facts the explanation shows', () => {
    const need = facts({ matchType: 'technology_need', organisationId: 'b', country: 'CN', trlMin: 6, countriesSought: ['DE'], cooperationTypes: ['joint_rd'] });
    const offer = facts({ trl: 7, cooperationTypes: ['licensing', 'joint_rd'] });
    const s = factSignals(need, offer, parents);
    assert.deepEqual([s.values.trl, s.values.country, s.values.cooperation], [1, 1, 0.5]);
    assert.deepEqual(s.fits.trl, { required: 6, offered: 7 });
    assert.deepEqual(s.fits.cooperation, { shared: ['joint_rd'] });
    assert.equal(s.fits.country?.candidateCountry, 'DE');
  });
});

describe('hard filters', () => {
  const need = facts({ matchType: 'technology_need', organisationId: 'b', country: 'CN' });
  test('complementary types in both directions, never the same organisation', () => {
    assert.ok(pairAllowed(need, facts({})) && pairAllowed(facts({}), need));
    assert.ok(!pairAllowed(need, facts({ matchType: 'technology_need', organisationId: 'c' })));
    assert.ok(!pairAllowed(need, facts({ organisationId: 'b' })));
    for (const [type, complement] of [['project', 'investor'], ['job', 'talent'], ['funding_call', 'organisation'], ['partner_request', 'technology_offer']] as const) {
      assert.ok(complementsOf(type).includes(complement) && complementsOf(complement).includes(type), `${type} ↔ ${complement}`);
    }
  });

  test('countries sought by either side, the minimum TRL, and the kind of partner sought', () => {
    assert.ok(!pairAllowed({ ...need, countriesSought: ['FI'] }, facts({})));
    assert.ok(!pairAllowed(need, facts({ countriesSought: ['VN'] })));
    assert.ok(pairAllowed({ ...need, countriesSought: ['DE'] }, facts({ countriesSought: ['CN'] })));
    assert.ok(!pairAllowed({ ...need, trlMin: 6 }, facts({ trl: 4 })));
    const rd = facts({ matchType: 'partner_request', partnerKind: 'rd_partner', organisationId: 'x' });
    assert.ok(pairAllowed(rd, facts({ matchType: 'organisation', organisationType: 'university' })));
    assert.ok(!pairAllowed(rd, facts({ matchType: 'organisation', organisationType: 'embassy' })));
  });
});

describe('posting lists', () => {
  test('keep the best postings in weight order up to their capacity', () => {
    let list = emptyPostingList();
    for (const [seq, weight] of [[1, 0.5], [2, 2], [3, 1], [4, 0.1]] as const) list = withDocument(list, seq, weight, 10, 3);
    assert.deepEqual([...list.seqs], [2, 3, 1]);
    list = withDocument(list, 1, 5, 12, 3);
    assert.deepEqual([...list.seqs], [1, 2, 3], 'a document moves, not duplicates');
    assert.deepEqual([...list.lengths], [12, 10, 10]);
    assert.deepEqual([...withoutDocument(list, 2).seqs], [1, 3]);
    assert.equal(withoutDocument(list, 99), list);
  });

  test('a bulk build keeps exact document frequencies and only the best postings', () => {
    const builder = new PostingListBuilder(2);
    for (let seq = 1; seq <= 10; seq++) builder.add(0, 'laser', seq, seq, 100);
    builder.add(1, 'laser', 11, 1, 100);
    const lists = [...builder.entries()];
    const offers = lists.find((l) => l.typeCode === 0);
    assert.equal(offers?.df, 10);
    assert.deepEqual([...(offers?.list.seqs ?? [])], [10, 9]);
    assert.equal(lists.find((l) => l.typeCode === 1)?.df, 1);
  });
});

describe('explanations', () => {
  test('lone digits are not shown as matched words; numbers and codes are', () => {
    const span = (text: string): Span[] => [{ field: 'summary', language: 'en', start: 0, end: text.length, text }];
    const spans = new Map([['1', span('1')], ['6061', span('6061')], ['zh:2', span('2')]]);
    const shown = matchedTerms(
      [
        { term: '1', kind: 'literal', weight: 3 },
        { term: 'zh:2', kind: 'surface', weight: 2 },
        { term: '6061', kind: 'literal', weight: 1 },
      ],
      spans,
      spans,
    );
    assert.deepEqual(shown.map((t) => t.terms), [['6061']]);
  });

  test('a lone Chinese character is shown against the same character, not against a translation', () => {
    const at = (text: string, language: string): Span[] => [{ field: 'summary', language, start: 0, end: text.length, text }];
    const subject = new Map([['process', at('为', 'zh-Hans')], ['steel', at('钢', 'zh-Hans')], ['zh:钢', at('钢', 'zh-Hans')], ['weld', at('焊接', 'zh-Hans')]]);
    const candidate = new Map([['process', at('Verfahren', 'de')], ['steel', at('Stahl', 'de')], ['zh:钢', at('钢', 'zh-Hans')], ['weld', at('Schweißen', 'de')]]);
    const shown = matchedTerms(
      [
        { term: 'process', kind: 'pivot', weight: 4 },
        { term: 'steel', kind: 'pivot', weight: 3 },
        { term: 'zh:钢', kind: 'surface', weight: 2 },
        { term: 'weld', kind: 'pivot', weight: 1 },
      ],
      subject,
      candidate,
    );
    assert.deepEqual(shown.map((t) => t.terms), [['zh:钢'], ['weld']]);
  });

  const explanation: MatchExplanation = {
    sharedConcepts: ['kw.laser_welding'],
    matchedTerms: [{ terms: ['weld'], kind: 'pivot', subject: [{ field: 'title', language: 'zh-Hans', start: 0, end: 2, text: '焊接' }], candidate: [] }],
    country: { subjectCountry: 'CN', candidateCountry: 'DE', soughtBySubject: ['DE'], soughtByCandidate: [] },
    trl: { required: 6, offered: 7 },
    budget: { subject: { min: 1, max: 2, currency: 'EUR' }, candidate: { min: 1, max: null, currency: 'EUR' }, overlap: true },
    cooperation: null,
    semantic: null,
  };

  test('seen from the other side, subject and candidate swap', () => {
    const mirrored = mirrorExplanation(explanation);
    assert.deepEqual(mirrored.matchedTerms[0]?.candidate, explanation.matchedTerms[0]?.subject);
    assert.deepEqual(mirrored.country?.soughtByCandidate, ['DE']);
    assert.equal(mirrored.budget?.candidate.max, 2);
    assert.deepEqual(mirrorExplanation(mirrored), explanation);
  });

  test('stored JSON is read back checked: a round trip is exact, garbage becomes empty', () => {
    assert.deepEqual(parseExplanation(JSON.parse(JSON.stringify(explanation))), explanation);
    assert.deepEqual(parseExplanation({ matchedTerms: [{ subject: [{ field: 'secret', start: 0, end: 1 }] }] }).matchedTerms[0]?.subject, []);
    assert.equal(parseExplanation('nonsense').sharedConcepts.length, 0);
  });
});
