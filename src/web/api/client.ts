/**
 * The one fetch wrapper: same-origin cookies, CSRF header on every non-GET request, and the API's
 * error shape turned into ApiError.
 */
import type { ApiErrorBody, ValidationIssue } from './types';

const CSRF_COOKIE = 'innox_csrf';
const CSRF_HEADER = 'x-csrf-token';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** Field issues (VALIDATION_FAILED, UNKNOWN_CONCEPT, … carry `details: [{ path, message }]`). */
  get issues(): ValidationIssue[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.filter(
      (d): d is ValidationIssue =>
        typeof d === 'object' && d !== null && typeof (d as { path?: unknown }).path === 'string',
    );
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

let csrfRequest: Promise<string> | null = null;

async function fetchCsrfToken(): Promise<string> {
  csrfRequest ??= fetch('/api/auth/csrf', { credentials: 'same-origin', headers: { accept: 'application/json' } })
    .then(async (res) => {
      if (!res.ok) throw await toApiError(res);
      const body = (await res.json()) as { csrfToken: string };
      return body.csrfToken;
    })
    .finally(() => {
      csrfRequest = null;
    });
  return csrfRequest;
}

async function csrfToken(forceRefresh: boolean): Promise<string> {
  if (!forceRefresh) {
    const cookie = readCookie(CSRF_COOKIE);
    if (cookie) return cookie;
  }
  return fetchCsrfToken();
}

async function toApiError(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // Not JSON (a proxy error page, say): fall through to a generic error.
  }
  const error = (body as Partial<ApiErrorBody> | null)?.error;
  if (error && typeof error.code === 'string') {
    return new ApiError(res.status, error.code, error.message ?? error.code, error.details);
  }
  return new ApiError(res.status, res.status >= 500 ? 'INTERNAL_ERROR' : `HTTP_${res.status}`, res.statusText);
}

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];

/** Builds a query string; arrays repeat the parameter (type=job&type=talent); empty values are left out. */
export function toQueryString(query: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      for (const v of value as readonly (string | number)[]) params.append(key, String(v));
    } else {
      params.append(key, String(value));
    }
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  /** JSON body, or FormData for multipart uploads. */
  body?: unknown;
  signal?: AbortSignal;
  /** Lets the request finish even if the page is closed or reloaded meanwhile (small bodies only). */
  keepalive?: boolean;
}

function isCsrfError(error: ApiError): boolean {
  return error.status === 403 && error.code.includes('CSRF');
}

export async function apiFetch<T>(path: string, request: ApiRequest = {}): Promise<T> {
  const method = request.method ?? 'GET';
  const url = `/api${path}${request.query ? toQueryString(request.query) : ''}`;

  const send = async (refreshCsrf: boolean): Promise<Response> => {
    const headers: Record<string, string> = { accept: 'application/json' };
    let body: BodyInit | undefined;
    if (request.body instanceof FormData) {
      body = request.body;
    } else if (request.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(request.body);
    }
    if (method !== 'GET') headers[CSRF_HEADER] = await csrfToken(refreshCsrf);
    return fetch(url, { method, headers, body, credentials: 'same-origin', signal: request.signal, keepalive: request.keepalive });
  };

  let res = await send(false);
  if (!res.ok) {
    let error = await toApiError(res);
    // A token that rotated (new session, expired cookie) gets one fresh try.
    if (method !== 'GET' && isCsrfError(error)) {
      res = await send(true);
      if (res.ok) return parseBody<T>(res);
      error = await toApiError(res);
    }
    throw error;
  }
  return parseBody<T>(res);
}

async function parseBody<T>(res: Response): Promise<T> {
  if (res.status === 204 || res.headers.get('content-length') === '0') return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined as T;
  return (await res.json()) as T;
}
