import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { rankApplications, scoreSheets, weightedScore } from '../../src/domain/programmes/aggregation.js';
import type { Criterion } from '../../src/domain/programmes/schema.js';

const criteria: Criterion[] = [
  { id: 'innovation', label: { en: 'Innovation' }, weight: 2, min: 0, max: 10 },
  { id: 'team', label: { en: 'Team' }, weight: 1, min: 0, max: 5 },
];

// Hand-computed (see the formula in src/domain/programmes/aggregation.ts):
//   W = 100 · (2·a/10 + 1·b/5) / 3
//   harsh R1:   X (6,3) → 60,  Y (3,0) → 20    μ=40 σ=20 → zX=+1, zY=−1
//   lenient R2: X (10,5) → 100, Z (8,4) → 80   μ=90 σ=10 → zX=+1, zZ=−1
//   R3:         Y (9,3) → 80,  Z (10,5) → 100  μ=90 σ=10 → zY=−1, zZ=+1
//   all W: 60 20 100 80 80 100 → μ = 73.3333, σ = √(4533.33/6) = 27.4874
//   N(X) = μ + σ·1 = 100.8207, N(Z) = μ + σ·0 = 73.3333, N(Y) = μ − σ = 45.8460
const sheets = [
  { applicationId: 'X', scorerId: 'R1', scores: { innovation: 6, team: 3 } },
  { applicationId: 'Y', scorerId: 'R1', scores: { innovation: 3, team: 0 } },
  { applicationId: 'X', scorerId: 'R2', scores: { innovation: 10, team: 5 } },
  { applicationId: 'Z', scorerId: 'R2', scores: { innovation: 8, team: 4 } },
  { applicationId: 'Y', scorerId: 'R3', scores: { innovation: 9, team: 3 } },
  { applicationId: 'Z', scorerId: 'R3', scores: { innovation: 10, team: 5 } },
];

describe('programme score aggregation', () => {
  test('the weighted score maps each criterion onto its range and weighs it', () => {
    assert.equal(weightedScore(criteria, { innovation: 6, team: 3 }), 60);
    assert.equal(weightedScore(criteria, { innovation: 10, team: 5 }), 100);
    assert.equal(weightedScore(criteria, { innovation: 0, team: 0 }), 0);
    const shifted: Criterion[] = [{ id: 'fit', label: { en: 'Fit' }, weight: 1, min: 1, max: 5 }];
    assert.equal(weightedScore(shifted, { fit: 3 }), 50);
  });

  test('z-scores per reviewer remove harsh and lenient bias', () => {
    const scored = scoreSheets(criteria, sheets);
    assert.deepEqual(scored.map((s) => s.weighted), [60, 20, 100, 80, 80, 100]);
    assert.deepEqual(scored.map((s) => Math.round(s.z * 1e9) / 1e9), [1, -1, 1, -1, -1, 1]);
  });

  test('ranks by the normalised score, which differs from the raw mean, matching the hand-computed numbers', () => {
    const ranking = rankApplications(['X', 'Y', 'Z'], scoreSheets(criteria, sheets));
    assert.deepEqual(
      ranking.map((r) => [r.applicationId, r.rank, r.reviewCount, r.rawMean, r.normalised]),
      [
        ['X', 1, 2, 80, 100.8207],
        ['Z', 2, 2, 90, 73.3333],
        ['Y', 3, 2, 50, 45.846],
      ],
    );
  });

  test('a reviewer with a single review, or identical scores, contributes z = 0; unreviewed applications come last', () => {
    const scored = scoreSheets(criteria, [
      { applicationId: 'A', scorerId: 'solo', scores: { innovation: 10, team: 5 } },
      { applicationId: 'B', scorerId: 'flat', scores: { innovation: 5, team: 2 } },
      { applicationId: 'C', scorerId: 'flat', scores: { innovation: 5, team: 2 } },
    ]);
    assert.deepEqual(scored.map((s) => s.z), [0, 0, 0]);
    const ranking = rankApplications(['A', 'B', 'C', 'D'], scored);
    assert.equal(ranking.at(-1)?.applicationId, 'D');
    assert.equal(ranking.at(-1)?.normalised, null);
    // Equal normalised scores fall back to the raw mean: A (100) before B and C (46.67).
    assert.equal(ranking[0]?.applicationId, 'A');
  });
});
