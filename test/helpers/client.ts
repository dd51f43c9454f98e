import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import type { LightMyRequestResponse } from 'fastify';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface Response<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: LightMyRequestResponse['headers'];
  raw: LightMyRequestResponse;
}

/** A browser-like API client: keeps cookies and sends the CSRF header like the web UI does. */
export class TestClient {
  private readonly cookies = new Map<string, string>();
  constructor(private readonly app: FastifyInstance) {}

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  setCookie(name: string, value: string | null): void {
    if (value === null) this.cookies.delete(name);
    else this.cookies.set(name, value);
  }

  async request<T = Record<string, unknown>>(
    method: Method,
    url: string,
    body?: unknown,
    options: { csrf?: boolean; headers?: Record<string, string>; payload?: Buffer | string } = {},
  ): Promise<Response<T>> {
    if (method !== 'GET' && options.csrf !== false && !this.cookies.has('innox_csrf')) {
      await this.request('GET', '/api/auth/csrf');
    }
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (method !== 'GET' && options.csrf !== false) headers['x-csrf-token'] = this.cookies.get('innox_csrf') ?? '';
    const raw = await this.app.inject({
      method,
      url,
      headers,
      ...(options.payload !== undefined ? { payload: options.payload } : body !== undefined ? { payload: body as Record<string, unknown> } : {}),
    });
    for (const c of raw.cookies as Array<{ name: string; value: string; maxAge?: number; expires?: Date }>) {
      const expired = c.maxAge === 0 || (c.expires && c.expires.getTime() <= Date.now()) || c.value === '';
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const text = raw.body;
    let parsed: unknown = null;
    if (text && (raw.headers['content-type'] ?? '').toString().includes('json')) parsed = JSON.parse(text);
    return { status: raw.statusCode, body: parsed as T, headers: raw.headers, raw };
  }

  get<T = Record<string, unknown>>(url: string) {
    return this.request<T>('GET', url);
  }
  post<T = Record<string, unknown>>(url: string, body?: unknown) {
    return this.request<T>('POST', url, body ?? {});
  }
  patch<T = Record<string, unknown>>(url: string, body: unknown) {
    return this.request<T>('PATCH', url, body);
  }
  put<T = Record<string, unknown>>(url: string, body: unknown) {
    return this.request<T>('PUT', url, body);
  }
  delete<T = Record<string, unknown>>(url: string) {
    return this.request<T>('DELETE', url);
  }

  async login(email: string, password: string): Promise<void> {
    const res = await this.post('/api/auth/login', { email, password });
    assert.equal(res.status, 200, `login as ${email}: ${JSON.stringify(res.body)}`);
  }
}

/** Asserts status and error code together, with the body in the failure message. */
export function expectError(res: Response<unknown>, status: number, code: string): void {
  const body = res.body as { error?: { code?: string } } | null;
  assert.equal(res.status, status, `expected ${status} ${code}, got ${res.status} ${JSON.stringify(res.body)}`);
  assert.equal(body?.error?.code, code, `expected ${code}, got ${JSON.stringify(res.body)}`);
}

export function expectStatus(res: Response<unknown>, status: number): void {
  assert.equal(res.status, status, `expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
}
