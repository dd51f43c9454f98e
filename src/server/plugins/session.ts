import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { resolveSession } from '../../domain/accounts/commands.js';
import { AppError } from '../../domain/errors.js';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE, type AppContext } from '../context.js';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function equalTokens(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function newCsrfToken(): string {
  return randomBytes(24).toString('base64url');
}

export function setCsrfCookie(ctx: AppContext, reply: FastifyReply, token: string): void {
  // Readable by the page's script (double-submit pattern), never by other sites.
  void reply.setCookie(CSRF_COOKIE, token, { path: '/', sameSite: 'strict', secure: ctx.config.cookieSecure, httpOnly: false });
}

export function setSessionCookie(ctx: AppContext, reply: FastifyReply, token: string): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.config.cookieSecure,
    maxAge: Math.floor(ctx.config.sessionTtlMs / 1000),
  });
  // A new session gets a new CSRF token, so one planted before login is worthless after it.
  setCsrfCookie(ctx, reply, newCsrfToken());
}

export function clearSessionCookie(ctx: AppContext, reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: ctx.config.cookieSecure });
}

/** Resolves the caller from the session cookie and enforces CSRF protection on state-changing requests. */
export function registerSession(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token && token.length <= 200) {
      const actor = await ctx.uow.read((stores) => resolveSession(stores, { clock: ctx.clock, sessionTtlMs: ctx.config.sessionTtlMs }, token));
      request.actor = actor;
      request.sessionToken = actor ? token : null;
    }
    const csrfCookie = request.cookies[CSRF_COOKIE];
    if (UNSAFE.has(request.method)) {
      const header = request.headers[CSRF_HEADER];
      const origin = request.headers.origin;
      if (origin && !sameOrigin(origin, request.headers.host, ctx.config.publicUrl)) throw new AppError('CSRF_TOKEN_INVALID', { reason: 'origin' });
      if (typeof header !== 'string' || !csrfCookie || !equalTokens(header, csrfCookie)) throw new AppError('CSRF_TOKEN_INVALID');
    } else if (!csrfCookie) {
      setCsrfCookie(ctx, reply, newCsrfToken());
    }
  });
}

function sameOrigin(origin: string, host: string | undefined, publicUrl: string): boolean {
  try {
    const o = new URL(origin);
    return o.host === host || o.origin === new URL(publicUrl).origin;
  } catch {
    return false;
  }
}
