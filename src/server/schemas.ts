/** Schemas shared by many routes: the error shape, ids, paging. */
import Type from 'typebox';

export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'Stable error code from the error catalogue' }),
      message: Type.String(),
      details: Type.Optional(Type.Unknown()),
    }),
  },
  { description: 'Error' },
);

/** The 4xx/5xx responses every route may give, for the OpenAPI document. */
export function errors(...codes: Array<400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429>) {
  const out: Record<number, typeof ErrorResponse> = {};
  for (const code of codes) out[code] = ErrorResponse;
  return out;
}

export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
export const Cursor = Type.String({ maxLength: 200, description: 'Opaque cursor from a previous page' });
export const Limit = Type.Integer({ minimum: 1, maximum: 100, default: 20 });
