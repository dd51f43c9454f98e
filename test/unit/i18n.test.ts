/**
 * The five UI message catalogues stay complete and genuinely translated: same keys everywhere, no empty
 * values, placeholders preserved, a label for every controlled-vocabulary value, and no language that is
 * a copy of English.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ERROR_CODES } from '../../src/domain/errors.js';
import * as eventVocab from '../../src/domain/events/vocab.js';
import * as vocab from '../../src/domain/shared/vocab.js';
import { FEEDBACK_REASONS, MATCH_TARGET_TYPES } from '../../src/domain/matching/vocab.js';
import { SIGNALS } from '../../src/domain/matching/weights.js';
import { ENUMS } from '../../src/web/i18n/enums.js';
import { DETAIL_FIELDS } from '../../src/web/listings/fields.js';

const LANGS = ['en', 'zh-Hans', 'zh-Hant', 'de', 'vi'] as const;
type Lang = (typeof LANGS)[number];

function flatten(value: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

/** The main catalogue plus every area's (locales/<area>/<lang>.json); areas may not share top-level keys. */
function loadCatalogue(lang: Lang): Map<string, unknown> {
  const dir = new URL('../../src/web/i18n/locales/', import.meta.url);
  const merged: Record<string, unknown> = JSON.parse(readFileSync(new URL(`${lang}.json`, dir), 'utf8'));
  for (const area of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const messages = JSON.parse(readFileSync(new URL(`${area.name}/${lang}.json`, dir), 'utf8')) as Record<string, unknown>;
    for (const key of Object.keys(messages)) assert.ok(!(key in merged), `${area.name}/${lang}.json redefines top-level key ${key}`);
    Object.assign(merged, messages);
  }
  return flatten(merged);
}

const catalogues = Object.fromEntries(LANGS.map((lang) => [lang, loadCatalogue(lang)])) as Record<Lang, Map<string, unknown>>;
const en = catalogues.en;

const placeholders = (text: string) => new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]));

/** Values that may legitimately read the same in every language: codes, numbers, brand names. */
const isLanguageNeutral = (text: string) =>
  /^[\s\d\p{P}\p{S}]*$/u.test(text.replace(/\{\{[^}]+\}\}/g, '')) || /^(Innox|TRL|CSV|XLSX|OK)\b/.test(text);

describe('UI message catalogues', () => {
  it('English has a reasonable number of messages', () => {
    assert.ok(en.size > 300, `only ${en.size} keys in en.json`);
  });

  for (const lang of LANGS) {
    it(`${lang} has exactly the same keys as en`, () => {
      const keys = [...catalogues[lang].keys()].sort();
      assert.deepEqual(keys, [...en.keys()].sort());
    });

    it(`${lang} has no empty or non-string values`, () => {
      for (const [key, value] of catalogues[lang]) {
        assert.equal(typeof value, 'string', `${lang}:${key} is not a string`);
        assert.ok((value as string).trim().length > 0, `${lang}:${key} is empty`);
      }
    });
  }

  for (const lang of LANGS.filter((l) => l !== 'en')) {
    it(`${lang} keeps every {{placeholder}} of en and adds none`, () => {
      for (const [key, value] of en) {
        const expected = placeholders(value as string);
        const actual = placeholders(String(catalogues[lang].get(key) ?? ''));
        assert.deepEqual(actual, expected, `${lang}:${key} placeholders differ from en`);
      }
    });

    it(`${lang} is a translation, not a copy of English (under 10% identical values)`, () => {
      const comparable = [...en].filter(([, v]) => !isLanguageNeutral(v as string));
      const identical = comparable.filter(([key, v]) => catalogues[lang].get(key) === v).map(([key]) => key);
      const share = identical.length / comparable.length;
      assert.ok(share < 0.1, `${lang}: ${identical.length}/${comparable.length} identical to en: ${identical.join(', ')}`);
    });
  }

  it('labels every value of every controlled vocabulary in every language', () => {
    for (const [group, values] of Object.entries(ENUMS)) {
      for (const value of values) {
        for (const lang of LANGS) {
          assert.ok(catalogues[lang].has(`enum.${group}.${value}`), `${lang} lacks enum.${group}.${value}`);
        }
      }
    }
  });

  it('covers every vocabulary list exported by vocab.ts (except those labelled by Intl)', () => {
    // Languages and currencies are named by Intl.DisplayNames in the active language instead.
    const intlLabelled = new Set<unknown>([vocab.CONTENT_LANGUAGES, vocab.UI_LANGUAGES, vocab.CURRENCIES]);
    const labelled = new Set<unknown>(Object.values(ENUMS));
    for (const [name, list] of [...Object.entries(vocab), ...Object.entries(eventVocab)]) {
      if (!Array.isArray(list) || intlLabelled.has(list)) continue;
      assert.ok(labelled.has(list), `vocab.${name} has no enum group in src/web/i18n/enums.ts`);
    }
  });

  it('labels every per-type details field of a listing', () => {
    for (const fields of Object.values(DETAIL_FIELDS)) {
      for (const field of fields) {
        for (const lang of LANGS) {
          assert.ok(catalogues[lang].has(`field.details.${field.name}`), `${lang} lacks field.details.${field.name}`);
        }
      }
    }
  });

  it("labels matching's vocabularies: feedback reasons, signals (with hints), organisation match types", () => {
    const keys = [
      ...FEEDBACK_REASONS.map((r) => `matching.reason.${r}`),
      ...SIGNALS.flatMap((s) => [`matching.signal.${s}`, `matching.signalHint.${s}`]),
      // Listing types are labelled under enum.listingType; the other match types under matching.targetType.
      ...MATCH_TARGET_TYPES.filter((t) => !(vocab.LISTING_TYPES as readonly string[]).includes(t)).map((t) => `matching.targetType.${t}`),
    ];
    for (const lang of LANGS) for (const key of keys) assert.ok(catalogues[lang].has(key), `${lang} lacks ${key}`);
  });

  it('has a message for every API error code, plus a generic fallback', () => {
    for (const lang of LANGS) {
      assert.ok(catalogues[lang].has('errors.generic'), `${lang} lacks errors.generic`);
      for (const code of ERROR_CODES) assert.ok(catalogues[lang].has(`errors.${code}`), `${lang} lacks errors.${code}`);
    }
  });
});
