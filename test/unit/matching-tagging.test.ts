/** Automatic tags and highlighting spans through the real bridge (dictionaries from the local cache). */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { TAXONOMY } from '../../src/db/seed/taxonomy.js';
import { analyseText } from '../../src/domain/matching/analysis.js';
import { termSpans } from '../../src/domain/matching/explain.js';
import { defaultDictionaryCacheDir, installedDictionarySources } from '../../src/domain/matching/text/dictionaries.js';
import { matchingTextService, type MatchingText } from '../../src/domain/matching/warmup.js';

let text: MatchingText;
before(async () => {
  text = await matchingTextService({ sources: installedDictionarySources(), taxonomy: TAXONOMY, cacheDir: defaultDictionaryCacheDir(), compileInWorker: false, fastText: false }).load();
});

const tags = (language: string, value: string) => text.tagger.tag(analyseText(text.bridge, [{ field: 'summary', language, text: value }]).map((f) => f.units));

test('the same concept is found in Chinese, German, English and Vietnamese text', () => {
  for (const [language, value] of [
    ['zh-Hans', '我们需要铝合金电池托盘的激光焊接工艺。'],
    ['zh-Hant', '我們提供雷射焊接設備。'],
    ['de', 'Wir bieten Laserstrahlschweißen für Aluminium an.'],
    ['en', 'We offer laser beam welding of aluminium trays.'],
    ['vi', 'Chúng tôi cần công nghệ hàn laser cho khay pin.'],
  ] as const) {
    assert.ok(tags(language, value).includes('kw.laser_welding'), `${language}: ${tags(language, value).join(', ')}`);
  }
});

test('words far apart, stop words and version numbers do not make a tag', () => {
  assert.ok(!tags('en', 'The laser department is large. Our canteen also offers a welding course.').includes('kw.laser_welding'));
  assert.ok(!tags('en', 'Cooperative research with universities.').includes('kw.v2x'), '"Cooperative ITS" is not "cooperative"');
  assert.ok(!tags('en', 'Industry partners grew 4.0 % in 2024.').includes('intelligent_manufacturing'));
});

test('highlight spans point into the text as written, Traditional Chinese included', () => {
  const value = '雷射焊接鋁合金電池托盤';
  const spans = termSpans(analyseText(text.bridge, [{ field: 'title', language: 'zh-Hant', text: value }]));
  const weld = spans.get('weld') ?? [];
  assert.ok(weld.length > 0, [...spans.keys()].join(' '));
  for (const span of weld) assert.equal(value.slice(span.start, span.end), span.text);
  assert.ok(weld.some((s) => s.text.includes('焊接')));
});
