/**
 * Automatic tags: which taxonomy concepts a text mentions, in any of the five languages.
 *
 * Every concept's English label and synonyms become stem signatures ("Laser beam welding" → laser, beam,
 * weld). The bridge already maps each language's taxonomy terms and dictionary words to English stems
 * (激光焊接, Laserstrahlschweißen and hàn laser all become laser + weld), so one matcher serves all
 * languages: a concept is tagged when all stems of one of its signatures occur among the units of a short
 * window of the text. Only confident alternatives count (a lone Han character's glosses do not).
 */
import { englishPhraseStems } from './text/english.js';
import type { PivotUnit } from './text/pivot.js';

export interface TaggableConcept {
  code: string;
  labels: Readonly<Record<string, string>>;
  synonyms: Readonly<Partial<Record<string, readonly string[]>>>;
}

interface Signature {
  code: string;
  stems: readonly string[];
}

/** Alternatives weaker than this (single Han characters, far-fetched glosses) never tag. */
const MIN_ALTERNATIVE_WEIGHT = 0.6;
/** Signatures longer than this are descriptions rather than names; they would rarely match anyway. */
const MAX_SIGNATURE_STEMS = 4;
/** Units between texts of different fields, so a window never spans two fields. */
const FIELD_GAP = 100;

export class ConceptTagger {
  private readonly byFirstStem = new Map<string, Signature[]>();

  constructor(concepts: readonly TaggableConcept[]) {
    for (const concept of concepts) {
      const terms = [concept.labels.en, ...(concept.synonyms.en ?? [])].filter((t): t is string => typeof t === 'string');
      const seen = new Set<string>();
      for (const term of terms) {
        const stems = [...new Set(englishPhraseStems(term))];
        const words = term.split(/[\s-]+/).filter((w) => w !== '');
        // "Cooperative ITS" must not become "cooperative", nor "Industry 4.0" a pair of digits.
        if (stems.some((stem) => /^\d+$/.test(stem)) || (words.length > 1 && stems.length < 2)) continue;
        const key = [...stems].sort().join(' ');
        if (stems.length === 0 || stems.length > MAX_SIGNATURE_STEMS || seen.has(key)) continue;
        seen.add(key);
        const [first] = stems;
        if (first === undefined) continue;
        const list = this.byFirstStem.get(first) ?? [];
        list.push({ code: concept.code, stems });
        this.byFirstStem.set(first, list);
      }
    }
  }

  /** Codes of the concepts the texts mention; each field's units are given separately. */
  tag(fields: ReadonlyArray<readonly PivotUnit[]>): string[] {
    const positions = new Map<string, number[]>();
    let offset = 0;
    for (const units of fields) {
      let i = 0;
      for (const unit of units) {
        if (unit.kind === 'surface') continue;
        for (const [term, weight] of unit.alternatives) {
          if (weight < MIN_ALTERNATIVE_WEIGHT) continue;
          const list = positions.get(term) ?? [];
          if (list.at(-1) !== offset + i) list.push(offset + i);
          positions.set(term, list);
        }
        i++;
      }
      offset += i + FIELD_GAP;
    }
    const codes = new Set<string>();
    for (const [stem, at] of positions) {
      for (const signature of this.byFirstStem.get(stem) ?? []) {
        if (codes.has(signature.code)) continue;
        if (at.some((p) => this.within(signature, p, positions))) codes.add(signature.code);
      }
    }
    return [...codes].sort();
  }

  private within(signature: Signature, position: number, positions: ReadonlyMap<string, number[]>): boolean {
    const window = signature.stems.length + 1;
    return signature.stems.every((stem) => (positions.get(stem) ?? []).some((p) => Math.abs(p - position) <= window));
  }
}
