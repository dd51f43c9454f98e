/**
 * A parser for the MiniZinc data (.dzn) constructs used by the B2B scheduling instances, and nothing more:
 * `name = value;` items whose value is an int, a range `a..b`, a set `{…}`, a 1-D array `[…]` of ints or
 * sets, or a 2-D array `[| a, b | c, d |]`. `%` starts a comment. Anything else is an error, so a file
 * in an unexpected shape fails loudly instead of being misread.
 */
export type DznValue =
  | { kind: 'int'; value: number }
  | { kind: 'set'; values: number[] }
  | { kind: 'array'; items: DznValue[] }
  | { kind: 'matrix'; rows: number[][] };

export type DznDocument = Map<string, DznValue>;

const TOKEN = /\s+|%[^\n]*|(\[\||\|\]|\.\.|-?\d+|[A-Za-z_][A-Za-z0-9_]*|[=;[\]{},|])/y;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (match === null) throw new SyntaxError(`dzn: unexpected character ${JSON.stringify(text[at])} at offset ${at}`);
    if (match[1] !== undefined) tokens.push(match[1]);
  }
  return tokens;
}

export function parseDzn(text: string): DznDocument {
  const tokens = tokenize(text);
  let i = 0;
  const peek = (): string | undefined => tokens[i];
  const next = (): string => {
    const token = tokens[i++];
    if (token === undefined) throw new SyntaxError('dzn: unexpected end of input');
    return token;
  };
  const expect = (token: string): void => {
    const got = next();
    if (got !== token) throw new SyntaxError(`dzn: expected ${token} but found ${got}`);
  };
  const int = (): number => {
    const token = next();
    if (!/^-?\d+$/.test(token)) throw new SyntaxError(`dzn: expected an integer but found ${token}`);
    return Number(token);
  };
  const set = (): number[] => {
    expect('{');
    const values: number[] = [];
    while (peek() !== '}') {
      values.push(int());
      if (peek() === ',') next();
    }
    expect('}');
    return values;
  };
  const value = (): DznValue => {
    const token = peek();
    if (token === '{') return { kind: 'set', values: set() };
    if (token === '[|') {
      next();
      const rows: number[][] = [];
      let row: number[] = [];
      for (;;) {
        const t = peek();
        if (t === '|]') {
          next();
          if (row.length > 0) rows.push(row);
          return { kind: 'matrix', rows };
        }
        if (t === '|') {
          next();
          rows.push(row);
          row = [];
        } else if (t === ',') {
          next();
        } else {
          row.push(int());
        }
      }
    }
    if (token === '[') {
      next();
      const items: DznValue[] = [];
      while (peek() !== ']') {
        items.push(value());
        if (peek() === ',') next();
      }
      expect(']');
      return { kind: 'array', items };
    }
    const first = int();
    if (peek() !== '..') return { kind: 'int', value: first };
    next();
    const last = int();
    return { kind: 'set', values: Array.from({ length: Math.max(0, last - first + 1) }, (_, k) => first + k) };
  };

  const document: DznDocument = new Map();
  while (i < tokens.length) {
    const name = next();
    if (!/^[A-Za-z_]/.test(name)) throw new SyntaxError(`dzn: expected a name but found ${name}`);
    expect('=');
    document.set(name, value());
    expect(';');
  }
  return document;
}

function get(document: DznDocument, name: string): DznValue {
  const found = document.get(name);
  if (found === undefined) throw new Error(`dzn: missing ${name}`);
  return found;
}

export function dznInt(document: DznDocument, name: string): number {
  const v = get(document, name);
  if (v.kind !== 'int') throw new Error(`dzn: ${name} is not an int`);
  return v.value;
}

export function dznIntArray(document: DznDocument, name: string): number[] {
  const v = get(document, name);
  if (v.kind !== 'array') throw new Error(`dzn: ${name} is not an array`);
  return v.items.map((item) => {
    if (item.kind !== 'int') throw new Error(`dzn: ${name} holds a non-integer`);
    return item.value;
  });
}

export function dznSetArray(document: DznDocument, name: string): number[][] {
  const v = get(document, name);
  if (v.kind !== 'array') throw new Error(`dzn: ${name} is not an array`);
  return v.items.map((item) => {
    if (item.kind !== 'set') throw new Error(`dzn: ${name} holds a non-set`);
    return item.values;
  });
}

export function dznMatrix(document: DznDocument, name: string): number[][] {
  const v = get(document, name);
  if (v.kind !== 'matrix') throw new Error(`dzn: ${name} is not a 2-D array`);
  return v.rows;
}
