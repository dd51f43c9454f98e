/**
 * Reads clingo's JSON output (`--outf=2`) line by line while it is being written, to report each model
 * and lower bound as soon as clingo has printed it.
 *
 * Why not a JSON parser: clingo writes the newline of a line only when the next line starts, so the
 * brace that closes a model arrives together with the next model. Any reader that waits for the closing
 * brace (clingo-wasm's own streaming does) learns of a model only once a better one is found, and never
 * of the last one before a long search or the deadline, which is usually the best. The lines before
 * that brace are complete, though: a model is known once its `Costs` (or, without an objective, its
 * `Value`) array has closed.
 */
export interface ClaspOutputHandlers {
  onModel(atoms: string[], costs: number[]): void;
  /** A proved lower bound on the costs (reported by core-guided optimisation). */
  onLower(bound: number[]): void;
}

export type ClaspResult = 'OPTIMUM FOUND' | 'SATISFIABLE' | 'UNSATISFIABLE' | 'UNKNOWN';

const RESULTS: readonly string[] = ['OPTIMUM FOUND', 'SATISFIABLE', 'UNSATISFIABLE', 'UNKNOWN'];

function isResult(value: string): value is ClaspResult {
  return RESULTS.includes(value);
}

type ArrayKey = 'Value' | 'Costs' | 'Lower';

export class ClaspOutputReader {
  /** The array being read, and the elements read so far. */
  private open: { key: ArrayKey; elements: unknown[] } | null = null;
  /** Atoms of the model whose costs have not been read yet. */
  private atoms: string[] | null = null;
  private resultLine: ClaspResult | null = null;

  constructor(private readonly handlers: ClaspOutputHandlers) {}

  /** clingo's final verdict, once its summary has been printed. */
  get result(): ClaspResult | null {
    return this.resultLine;
  }

  feed(line: string): void {
    const text = line.trim();
    if (this.open) {
      if (text === ']' || text === '],') this.close(this.open.key, this.open.elements, text === '],');
      else this.open.elements.push(...this.elementsOf(text));
      return;
    }
    const opened = /^"(Value|Costs|Lower)": \[$/.exec(text);
    if (opened) {
      this.open = { key: opened[1] as ArrayKey, elements: [] };
      return;
    }
    const result = /^"Result": "([A-Z ]+)"/.exec(text);
    if (result?.[1] && isResult(result[1])) this.resultLine = result[1];
  }

  private elementsOf(text: string): unknown[] {
    const list: unknown = JSON.parse(`[${text.replace(/,$/, '')}]`);
    return Array.isArray(list) ? list : [];
  }

  /** `more`: another field follows in the same object. */
  private close(key: ArrayKey, elements: unknown[], more: boolean): void {
    this.open = null;
    const strings = elements.filter((e): e is string => typeof e === 'string');
    const numbers = elements.filter((e): e is number => typeof e === 'number');
    if (key === 'Value') {
      this.atoms = strings;
      // A model without an objective has no Costs to wait for.
      if (!more) this.emitModel([]);
    } else if (key === 'Costs') {
      // The summary at the end repeats the optimum's costs without atoms; only a model's count.
      if (this.atoms) this.emitModel(numbers);
    } else {
      this.handlers.onLower(numbers);
    }
  }

  private emitModel(costs: number[]): void {
    if (!this.atoms) return;
    this.handlers.onModel(this.atoms, costs);
    this.atoms = null;
  }
}
