/**
 * Input no schema can express: PostgreSQL text cannot hold the NUL character, so a "\u0000" anywhere in a
 * query string, path or JSON body would fail deep in SQL as a 500. It is refused at the edge instead,
 * with the path of the offending value.
 */
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../domain/errors.js';

const MAX_DEPTH = 64;

/** The JSON-pointer path of the first string (key or value) holding a NUL, or null. */
function nulAt(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path || '/' : null;
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nulAt(value[i], `${path}/${i}`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, inner] of Object.entries(value)) {
    if (key.includes('\u0000')) return `${path}/${key.replace(/\u0000/g, '\\u0000')}`;
    const found = nulAt(inner, `${path}/${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}

export function registerInputGuards(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    for (const [part, value] of [['querystring', request.query], ['params', request.params], ['body', request.body]] as const) {
      const path = nulAt(value, '');
      if (path) throw new AppError('VALIDATION_FAILED', [{ path, message: 'must not contain the NUL character (\\u0000)', keyword: 'nul', in: part }]);
    }
  });
}
