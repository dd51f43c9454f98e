import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Compile } from 'typebox/compile';
import { DEMO_ORGANISATIONS } from '../../src/db/seed/organisations.js';
import { OFFER_NEED_LISTINGS } from '../../src/db/seed/listings-offers-needs.js';
import { OTHER_LISTINGS } from '../../src/db/seed/listings-other.js';
import { TAXONOMY } from '../../src/db/seed/taxonomy.js';
import { ListingInput } from '../../src/domain/listings/schema.js';
import { isCountryCode } from '../../src/domain/shared/countries.js';
import { CONTENT_LANGUAGES, LISTING_TYPES } from '../../src/domain/shared/vocab.js';

const listings = [...OFFER_NEED_LISTINGS, ...OTHER_LISTINGS];
const sectors = new Set(TAXONOMY.filter((c) => c.kind === 'sector').map((c) => c.code));
const keywords = new Set(TAXONOMY.filter((c) => c.kind === 'keyword').map((c) => c.code));

test('the taxonomy has labels in all five languages and keyword parents exist', () => {
  for (const concept of TAXONOMY) {
    for (const lang of CONTENT_LANGUAGES) assert.ok(concept.labels[lang]?.trim(), `${concept.code} lacks a ${lang} label`);
    if (concept.kind === 'keyword') assert.ok(concept.parent && sectors.has(concept.parent), `${concept.code} parent ${concept.parent}`);
  }
  for (const code of ['biomedicine', 'medical_devices', 'ai', 'intelligent_manufacturing', 'advanced_materials', 'energy_environment', 'green_energy', 'synthetic_biology', 'fintech', 'it', 'equipment_manufacturing', 'modern_agriculture', 'laser_technology', 'green_shipping', 'smart_transport', 'cell_therapy', 'aerospace']) {
    assert.ok(sectors.has(code), `the source texts' field ${code} is a sector`);
  }
});

test('demo organisations are valid and cover the countries the source texts name', () => {
  const keys = new Set<string>();
  for (const org of DEMO_ORGANISATIONS) {
    assert.ok(!keys.has(org.key), `duplicate ${org.key}`);
    keys.add(org.key);
    assert.ok(isCountryCode(org.country), `${org.key}: ${org.country}`);
    for (const s of org.sectors) assert.ok(sectors.has(s), `${org.key}: sector ${s}`);
  }
  for (const c of ['CN', 'DE', 'VN', 'CA', 'PL', 'IL', 'SG', 'FI', 'BR']) assert.ok(DEMO_ORGANISATIONS.some((o) => o.country === c), c);
});

test('at least 200 demo listings, every one valid, across all types and all five languages', () => {
  const check = Compile(ListingInput);
  const orgs = new Set(DEMO_ORGANISATIONS.map((o) => o.key));
  const keys = new Set(listings.map((l) => l.key));
  assert.equal(keys.size, listings.length, 'keys are unique');
  assert.ok(listings.length >= 200, `${listings.length} listings`);
  for (const l of listings) {
    assert.ok(check.Check(l.input), `${l.key}: ${JSON.stringify([...check.Errors(l.input)].slice(0, 3))}`);
    assert.ok(orgs.has(l.org), `${l.key}: organisation ${l.org}`);
    for (const s of l.input.sectors) assert.ok(sectors.has(s), `${l.key}: sector ${s}`);
    for (const k of l.input.keywords ?? []) assert.ok(keywords.has(k), `${l.key}: keyword ${k}`);
    if (l.answers) assert.ok(keys.has(l.answers), `${l.key} answers unknown ${l.answers}`);
  }
  for (const type of LISTING_TYPES) assert.ok(listings.some((l) => l.input.type === type), `no ${type}`);
  for (const lang of CONTENT_LANGUAGES) assert.ok(listings.filter((l) => l.input.language === lang).length >= 20, `too few in ${lang}`);
});

test('at least 30 needs are answered by an offer written in another language', () => {
  const byKey = new Map(listings.map((l) => [l.key, l]));
  const crossLanguage = listings.filter((l) => {
    const other = l.answers ? byKey.get(l.answers) : undefined;
    return l.input.type === 'technology_need' && other?.input.type === 'technology_offer' && other.input.language !== l.input.language;
  });
  assert.ok(crossLanguage.length >= 30, `${crossLanguage.length} cross-language need → offer pairs`);
});
