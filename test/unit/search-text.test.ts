import { sharedDir } from '../helpers/shared.js';
/**
 * Multilingual search analysis: normalisation, chunking, tokens, language guess, and the tsvector/tsquery
 * literals proven against a real (in-memory PGlite) PostgreSQL.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import fc from 'fast-check';
import {
  buildTsQuery,
  buildTsvectorLiteral,
  chunkText,
  detectLanguage,
  normaliseText,
  tokenize,
} from '../../src/domain/search/text.js';

/** The shared real-world texts beside the project (../shared/source-texts); CI always has them. */
const SOURCE_DIR = `${sharedDir()}/source-texts`;
const sourceFiles = readdirSync(SOURCE_DIR).filter((f) => f.endsWith('.txt'));
const readSource = (file: string): string => readFileSync(join(SOURCE_DIR, file), 'utf8');

// Short sentences quoted from the source texts.
const ZH_HANS = '深入实施创新驱动发展战略和区域协调发展战略';
const ZH_HANS_FIELDS = '重点聚焦现代农业、生物医药、生态环保等领域';
const ZH_HANT = '杭州再次向全球高層次人才和高能級項目拋出“橄欖枝”';
const ZH_HANT_AS_HANS = '杭州再次向全球高层次人才和高能级项目抛出“橄榄枝”';
const VI = 'Diễn đàn Đổi mới Pujiang 2023 tại Thượng Hải';
const DE = 'Die Integration des Jangtse-Flussdeltas ist nicht nur eine nationale Entwicklungsstrategie';
const DE_UMLAUT = 'gemeinsame Förderung technologiegetriebener Entwicklung';

const hasLoneSurrogate = (s: string): boolean =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe('normaliseText', () => {
  it('folds Vietnamese accents and đ', () => {
    assert.equal(normaliseText(VI), 'dien dan doi moi pujiang 2023 tai thuong hai');
    assert.equal(normaliseText('Trí Tuệ Nhân Tạo'), 'tri tue nhan tao');
  });

  it('folds German umlauts and ß', () => {
    assert.equal(normaliseText('Wärmepumpe Größe Straße ÜBER'), 'warmepumpe grosse strasse uber');
  });

  it('converts Traditional to Simplified Chinese', () => {
    assert.equal(normaliseText('醫療器械'), '医疗器械');
    assert.equal(normaliseText(ZH_HANT), normaliseText(ZH_HANT_AS_HANS));
  });

  it('applies NFKC and lowercases, but leaves non-Latin marks alone', () => {
    assert.equal(normaliseText('ＡＢＣ ﬁ'), 'abc fi');
    assert.equal(normaliseText('がぎ 한국어'), 'がぎ 한국어'); // kana voicing marks and Hangul survive
  });
});

describe('chunkText', () => {
  it('keeps every chunk within the limit and loses nothing', () => {
    const text = sourceFiles.map(readSource).join("\n");
    for (const max of [2, 3, 17, 100, 1000]) {
      const chunks = chunkText(text, max);
      assert.ok(chunks.every((c) => c.length > 0 && c.length <= max), `max ${max}`);
      assert.equal(chunks.join(''), text);
    }
  });

  it('prefers sentence ends (also CJK) and spaces over hard cuts', () => {
    const zh = `${ZH_HANS}。${ZH_HANS}。${ZH_HANS}。`;
    assert.deepEqual(chunkText(zh, 30), [`${ZH_HANS}。`, `${ZH_HANS}。`, `${ZH_HANS}。`]);
    const chunks = chunkText(DE, 30);
    assert.ok(chunks.slice(0, -1).every((c) => c.endsWith(' ')), JSON.stringify(chunks));
  });

  it('never splits a surrogate pair', () => {
    const text = '😀𠀀a😀'.repeat(40);
    for (const max of [2, 3, 5, 7]) {
      const chunks = chunkText(text, max);
      assert.ok(chunks.every((c) => !hasLoneSurrogate(c)), `max ${max}`);
      assert.equal(chunks.join(''), text);
    }
  });

  it('handles empty text and rejects limits that cannot hold a surrogate pair', () => {
    assert.deepEqual(chunkText(''), []);
    assert.deepEqual(chunkText('short'), ['short']);
    assert.throws(() => chunkText('abc', 1), RangeError);
  });
});

describe('tokenize', () => {
  it('segments Chinese into words plus character bigrams', () => {
    const tokens = tokenize(ZH_HANS);
    for (const t of ['创新', '驱动', '发展', '战略', '区域', '协调']) assert.ok(tokens.includes(t), t);
    assert.ok(tokens.includes('新驱'), 'bigram across a word boundary');
    assert.ok(tokens.every((t) => [...t].length <= 4));
  });

  it('gives 2-character bigrams even when the segmenter keeps a longer word', () => {
    const tokens = tokenize('医疗器械');
    for (const t of ['医疗', '疗器', '器械']) assert.ok(tokens.includes(t), t);
    assert.deepEqual(tokenize('好'), ['好']); // a one-character run is its own token
  });

  it('folds Traditional and Simplified Chinese to the same tokens', () => {
    assert.deepEqual(tokenize('醫療器械'), tokenize('医疗器械'));
    assert.deepEqual(tokenize(ZH_HANT), tokenize(ZH_HANT_AS_HANS));
  });

  it('segments Vietnamese syllables without accents', () => {
    assert.deepEqual(tokenize(VI), ['dien', 'dan', 'doi', 'moi', 'pujiang', '2023', 'tai', 'thuong', 'hai']);
  });

  it('segments German and folds umlauts', () => {
    const tokens = tokenize(DE);
    assert.deepEqual(tokens.slice(0, 5), ['die', 'integration', 'des', 'jangtse', 'flussdeltas']);
    assert.ok(tokenize(DE_UMLAUT).includes('forderung'));
  });

  it('drops words longer than 60 characters and non-words', () => {
    assert.deepEqual(tokenize(`ok ${'x'.repeat(61)} 😀 &|! ${'y'.repeat(60)}`), ['ok', 'y'.repeat(60)]);
  });
});

describe('detectLanguage', () => {
  it('recognises each source text', () => {
    assert.equal(sourceFiles.length, 5, 'the five source texts are there');
    assert.ok(sourceFiles.length >= 5);
    for (const file of sourceFiles) {
      const expected = file.replace(/\.txt$/, '').split('.').at(-1);
      assert.equal(detectLanguage(readSource(file)), expected, file);
    }
  });

  it('recognises short samples', () => {
    assert.equal(detectLanguage(ZH_HANS), 'zh-Hans');
    assert.equal(detectLanguage(ZH_HANT), 'zh-Hant');
    assert.equal(detectLanguage(VI), 'vi');
    assert.equal(detectLanguage(DE), 'de');
    assert.equal(detectLanguage('Wärmepumpe'), 'de');
    assert.equal(detectLanguage('Laser welding for the automotive industry'), 'en');
    assert.equal(detectLanguage('The Müller company is moving to Zürich with the team'), 'en');
    assert.equal(detectLanguage('Die Firma Nguyễn GmbH ist ein Unternehmen für Wärmepumpen mit Sitz in der Stadt'), 'de');
    assert.equal(detectLanguage(''), 'en');
  });
});

describe('buildTsvectorLiteral', () => {
  it('returns an empty literal for empty input', () => {
    assert.equal(buildTsvectorLiteral([]), '');
    assert.equal(buildTsvectorLiteral([{ text: ' 😀 ', weight: 'A' }]), '');
  });

  it('writes words, pairs and weights with increasing positions across fields', () => {
    const literal = buildTsvectorLiteral([
      { text: 'Laser welding', weight: 'A' },
      { text: 'laser', weight: 'B' },
    ]);
    assert.match(literal, /'laser':1A,\d+B/);
    assert.match(literal, /'welding':2A/);
    assert.match(literal, /'laser_welding':2A/);
  });

  it('indexes Vietnamese syllable pairs, German umlaut spellings and Han bigrams', () => {
    assert.match(buildTsvectorLiteral([{ text: 'trí tuệ nhân tạo', weight: 'A' }]), /'nhan_tao'/);
    const de = buildTsvectorLiteral([{ text: DE_UMLAUT, weight: 'A' }]);
    assert.match(de, /'forderung'/);
    assert.match(de, /'foerderung'/);
    assert.match(buildTsvectorLiteral([{ text: '醫療器械', weight: 'A' }]), /'疗器'/);
  });

  it('escapes quotes', () => {
    assert.match(buildTsvectorLiteral([{ text: 'it’s', weight: 'D' }]), /^'it''s':1D$/);
  });

  it('caps positions per lexeme and distinct lexemes', () => {
    const repeated = buildTsvectorLiteral([{ text: 'echo '.repeat(1000), weight: 'C' }]);
    const echo = /'echo':([^ ]*)/.exec(repeated)?.[1] ?? '';
    assert.equal(echo.split(',').length, 256);
    const many = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}`).join(' ');
    const lexemes = buildTsvectorLiteral([{ text: many, weight: 'C' }]).match(/'[^']*':/g) ?? [];
    assert.ok(lexemes.length <= 4000, String(lexemes.length));
  });
});

describe('buildTsQuery', () => {
  it('returns nulls when the query has no words', () => {
    for (const q of ['', '   ', "'", '\\', '&|!():*', '😀🇩🇪']) {
      assert.deepEqual(buildTsQuery(q), { all: null, any: null, terms: [] }, q);
    }
  });

  it('ANDs terms, prefix-matches the last one and ORs terms and pairs for ranking', () => {
    assert.deepEqual(buildTsQuery('Laser Lase'), {
      all: "'laser' & 'lase':*",
      any: "'laser' | 'lase':* | 'laser_lase':*",
      terms: ['laser', 'lase'],
    });
  });

  it('matches Han terms via bigrams and single characters by prefix', () => {
    assert.equal(buildTsQuery('醫療器械').all, "'医疗' & '器械'");
    assert.equal(buildTsQuery('张煜欢').all, "('张煜' & '煜欢')"); // unknown name: characters merged back
    assert.equal(buildTsQuery('药').all, "'药':*");
  });

  it('queries both spellings of German umlaut words', () => {
    assert.equal(buildTsQuery('Förderung').all, "('forderung':* | 'foerderung':*)");
  });

  it('caps the number of terms', () => {
    const { terms } = buildTsQuery(Array.from({ length: 100 }, (_, i) => `t${i}`).join(' '));
    assert.equal(terms.length, 32);
  });
});

describe('search on PGlite', () => {
  let db: PGlite;

  const docs: Array<{ id: number; fields: Parameters<typeof buildTsvectorLiteral>[0] }> = [
    { id: 1, fields: [{ text: '医疗器械研发合作', weight: 'A' }, { text: ZH_HANS_FIELDS, weight: 'C' }] },
    { id: 2, fields: [{ text: 'Ứng dụng trí tuệ nhân tạo trong y tế', weight: 'A' }, { text: VI, weight: 'C' }] },
    { id: 3, fields: [{ text: 'Effiziente Wärmepumpe für Gebäude', weight: 'A' }, { text: DE_UMLAUT, weight: 'C' }] },
    { id: 4, fields: [{ text: 'Laser welding robot', weight: 'A' }, { text: 'Precise industrial equipment.', weight: 'C' }] },
    { id: 5, fields: [{ text: 'Industrial robot', weight: 'A' }, { text: 'Uses laser welding for car bodies.', weight: 'C' }] },
    { id: 6, fields: [{ text: ZH_HANT, weight: 'A' }] },
  ];

  /** Ids of documents matching `all`, best first by ts_rank over `any`. */
  async function search(query: string): Promise<number[]> {
    const { all, any } = buildTsQuery(query);
    if (all === null) return [];
    const result = await db.query<{ id: number }>(
      'SELECT id FROM docs WHERE search @@ $1::tsquery ORDER BY ts_rank(search, $2::tsquery) DESC, id',
      [all, any],
    );
    return result.rows.map((r) => r.id);
  }

  before(async () => {
    db = await PGlite.create();
    await db.exec('CREATE TABLE docs (id int PRIMARY KEY, search tsvector NOT NULL)');
    for (const doc of docs) {
      await db.query('INSERT INTO docs (id, search) VALUES ($1, $2::tsvector)', [doc.id, buildTsvectorLiteral(doc.fields)]);
    }
  });

  after(async () => {
    await db.close();
  });

  it('finds Chinese by a two-character query, in either script', async () => {
    assert.deepEqual(await search('医疗'), [1]);
    assert.deepEqual(await search('醫療器械'), [1]);
    assert.deepEqual(await search('高层次人才'), [6]); // Simplified query, Traditional document
    assert.deepEqual(await search('药'), [1]); // 药 ends the run 生物医药
  });

  it('finds Vietnamese without accents', async () => {
    assert.deepEqual(await search('tri tue nhan tao'), [2]);
    assert.deepEqual(await search('Thượng Hải'), [2]);
    assert.deepEqual(await search('tri tue nhan vien'), []);
  });

  it('finds German with, without or transcribed umlauts', async () => {
    assert.deepEqual(await search('Wärmepumpe'), [3]);
    assert.deepEqual(await search('Warmepumpe'), [3]);
    assert.deepEqual(await search('Waermepumpe'), [3]);
    assert.deepEqual(await search('Foerderung'), [3]);
  });

  it('prefix-matches the word being typed', async () => {
    assert.deepEqual(await search('wel'), [4, 5]);
  });

  it('ranks a title match above a body-only match', async () => {
    assert.deepEqual(await search('laser welding'), [4, 5]);
    assert.deepEqual(await search('industrial robot'), [5, 4]);
  });

  it('casts any user input to tsquery without error', async () => {
    const adversarial = ["'", '\\', "'\\''", '&|!:*()', '', '😀', 'a:* & !b', "it's (x | y)", '\u0000\uD800', 'x'.repeat(10_000), 'ab '.repeat(5_000)];
    for (const q of adversarial) await castQuery(q);
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: fc.constantFrom("'", '\\', '&', '|', '!', '(', ')', ':', '*', ' ', 'a', 'é', '医', '療', 'ü', '😀', '\u0000', '\uD800') }), castQuery),
      { numRuns: 300 },
    );
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), castQuery), { numRuns: 300 });
  });

  async function castQuery(q: string): Promise<void> {
    const { all, any } = buildTsQuery(q);
    await db.query('SELECT $1::tsquery, $2::tsquery', [all ?? '', any ?? '']);
    if (all !== null) await db.query('SELECT $1::tsvector @@ $2::tsquery', [buildTsvectorLiteral([{ text: q, weight: 'B' }]), all]);
  }

  it('stores long documents within PostgreSQL limits', async () => {
    const text = sourceFiles.map(readSource).join("\n").repeat(10);
    const result = await db.query<{ n: number }>('SELECT length($1::tsvector) AS n', [buildTsvectorLiteral([{ text, weight: 'D' }])]);
    assert.ok((result.rows[0]?.n ?? 0) > 100);
  });
});
