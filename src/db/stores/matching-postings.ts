/** The stored form of a posting list: 10 bytes per posting, best first (see schema-matching.ts). */
import type { PostingList } from '../../domain/matching/postings.js';

const BYTES = 10;

export function encodePostings(list: PostingList): Buffer {
  const out = Buffer.alloc(list.seqs.length * BYTES);
  for (let i = 0; i < list.seqs.length; i++) {
    out.writeInt32LE(list.seqs[i] ?? 0, i * BYTES);
    out.writeFloatLE(list.weights[i] ?? 0, i * BYTES + 4);
    out.writeUInt16LE(list.lengths[i] ?? 1, i * BYTES + 8);
  }
  return out;
}

export function decodePostings(bytes: Uint8Array): PostingList {
  const n = Math.floor(bytes.byteLength / BYTES);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const seqs = new Int32Array(n);
  const weights = new Float32Array(n);
  const lengths = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    seqs[i] = view.getInt32(i * BYTES, true);
    weights[i] = view.getFloat32(i * BYTES + 4, true);
    lengths[i] = view.getUint16(i * BYTES + 8, true);
  }
  return { seqs, weights, lengths };
}

/** pgvector's text form, '[0.1,0.2,…]', both ways. */
export function vectorLiteral(vector: Float32Array): string {
  return `[${Array.from(vector, (x) => (Number.isFinite(x) ? x : 0)).join(',')}]`;
}

export function parseVector(text: string): Float32Array {
  const body = text.trim().replace(/^\[|\]$/g, '');
  return body === '' ? new Float32Array(0) : Float32Array.from(body.split(',').map(Number));
}
