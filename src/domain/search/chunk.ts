/**
 * Cutting long text into pieces before word segmentation.
 *
 * Why: Intl.Segmenter on Node 20 becomes dramatically slower on long strings (its cost grows much faster
 * than the length), so a 100 kB description segmented in one go can take seconds. Chunks of ~1000 chars
 * keep it linear. Cuts prefer places where no word can straddle them.
 */

/** Sentence ends (Latin and CJK): the best places to cut, no word or phrase continues across them. */
const STRONG_BOUNDARY = new Set(['.', '!', '?', ';', '\n', '…', '。', '！', '？', '；', '｡']);
/** Clause separators and spaces: fine places to cut, only a word pair may be lost. */
const WEAK_BOUNDARY = /[\s,，、:：]/;
const COMBINING = /[\p{M}\u200C\u200D\uFE0E\uFE0F]/u;
/** How far a hard cut backs off to avoid separating combining marks/ZWJ from their base. */
const MAX_MARK_BACKOFF = 32;

/**
 * Splits text into consecutive chunks of at most maxChars UTF-16 code units whose concatenation is the
 * original text. Never splits a surrogate pair; maxChars must be ≥ 2 so that a pair always fits.
 */
export function chunkText(text: string, maxChars = 1000): string[] {
  if (!Number.isInteger(maxChars) || maxChars < 2) {
    throw new RangeError(`chunkText: maxChars must be an integer ≥ 2, got ${maxChars}`);
  }
  const chunks: string[] = [];
  let start = 0;
  while (text.length - start > maxChars) {
    const end = findCut(text, start, start + maxChars);
    chunks.push(text.slice(start, end));
    start = end;
  }
  if (start < text.length) chunks.push(text.slice(start));
  return chunks;
}

/**
 * Best cut in (start, limit]: after the last sentence end if it lies in the second half of the window
 * (cutting early would make tiny chunks), else after the last space/comma, else after any sentence end,
 * else a hard cut adjusted so that no surrogate pair or combining sequence is split.
 */
function findCut(text: string, start: number, limit: number): number {
  const half = start + Math.floor((limit - start) / 2);
  let weak = -1;
  for (let i = limit - 1; i >= start; i--) {
    const ch = text.charAt(i);
    if (STRONG_BOUNDARY.has(ch)) {
      if (i + 1 > half || weak < 0) return i + 1;
      return weak; // the weak boundary found earlier in this backward scan lies later in the text
    }
    if (weak < 0 && WEAK_BOUNDARY.test(ch)) weak = i + 1;
  }
  return weak > 0 ? weak : hardCut(text, start, limit);
}

function hardCut(text: string, start: number, limit: number): number {
  let cut = limit;
  // Back off over combining marks so "e" + U+0301 stay together, but give up on absurd mark runs.
  while (cut - 1 > start && limit - cut < MAX_MARK_BACKOFF && COMBINING.test(text.charAt(cut))) cut--;
  if (limit - cut >= MAX_MARK_BACKOFF || cut - 1 <= start) cut = limit;
  if (isHighSurrogate(text.charCodeAt(cut - 1)) && isLowSurrogate(text.charCodeAt(cut))) cut--;
  return cut;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
