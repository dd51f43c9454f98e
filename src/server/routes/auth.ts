import Type from 'typebox';
import * as accounts from '../../domain/accounts/commands.js';
import { LoginInput, RegisterInput, ResetConfirmInput, ResetRequestInput, UpdateMeInput, User } from '../../domain/accounts/schema.js';
import { acceptInvitation } from '../../domain/organisations/commands.js';
import { fail } from '../../domain/errors.js';
import type { Actor, Stores } from '../../domain/ports.js';
import { requireActor, type App, type AppContext } from '../context.js';
import { clearSessionCookie, newCsrfToken, setCsrfCookie, setSessionCookie } from '../plugins/session.js';
import { presentUser } from '../presenters/user.js';
import { errors } from '../schemas.js';

const UserEnvelope = Type.Object({ user: User });
const tags = ['auth'];

async function userEnvelope(stores: Stores, userId: string) {
  const user = (await stores.accounts.findUserById(userId)) ?? fail('USER_NOT_FOUND');
  return { user: presentUser(user, await stores.accounts.membershipsOf(userId)) };
}

export async function authRoutes(app: App, ctx: AppContext) {
  const sessionSettings = { clock: ctx.clock, sessionTtlMs: ctx.config.sessionTtlMs };
  const { login, register } = ctx.config.rateLimits;

  app.get(
    '/api/auth/csrf',
    { schema: { operationId: 'getCsrfToken', tags, summary: 'Issue a CSRF token (also set as the innox_csrf cookie)', response: { 200: Type.Object({ csrfToken: Type.String() }) } } },
    async (request, reply) => {
      const existing = request.cookies.innox_csrf;
      const token = existing ?? newCsrfToken();
      if (!existing) setCsrfCookie(ctx, reply, token);
      return { csrfToken: token };
    },
  );

  app.get(
    '/api/auth/me',
    { schema: { operationId: 'getMe', tags, summary: 'The logged-in user, or null', response: { 200: Type.Object({ user: Type.Union([User, Type.Null()]) }) } } },
    async (request) => {
      const actor = request.actor;
      if (!actor) return { user: null };
      return ctx.uow.read((s) => userEnvelope(s, actor.userId));
    },
  );

  app.patch(
    '/api/auth/me',
    { schema: { operationId: 'updateMe', tags, summary: 'Change display name or UI language', body: UpdateMeInput, response: { 200: UserEnvelope, ...errors(400, 401, 403) } } },
    async (request) => {
      const actor = requireActor(request.actor);
      return ctx.uow.run(async (s) => {
        await accounts.updateMe(s, actor, request.body);
        return userEnvelope(s, actor.userId);
      });
    },
  );

  app.post(
    '/api/auth/register',
    {
      config: { rateLimit: { max: register.max, timeWindow: register.windowMs } },
      schema: { operationId: 'register', tags, summary: 'Create an account (and optionally an organisation) and log in', body: RegisterInput, response: { 201: UserEnvelope, ...errors(400, 403, 409, 429) } },
    },
    async (request, reply) => {
      const { userId, token } = await ctx.uow.run(async (s) => {
        const { userId } = await accounts.registerUser(s, ctx.clock, request.body);
        return { userId, token: await accounts.startSession(s, sessionSettings, userId, request.headers['user-agent'] ?? null) };
      });
      setSessionCookie(ctx, reply, token);
      return reply.status(201).send(await ctx.uow.read((s) => userEnvelope(s, userId)));
    },
  );

  app.post(
    '/api/auth/login',
    {
      config: {
        rateLimit: {
          max: login.max,
          timeWindow: login.windowMs,
          // Per address and account: guessing one account's password is slow, other users are not locked out.
          keyGenerator: (request: { ip: string; body?: unknown }) => {
            const email = (request.body as { email?: unknown } | undefined)?.email;
            return `${request.ip}|${typeof email === 'string' ? email.toLowerCase().slice(0, 254) : ''}`;
          },
        },
      },
      schema: { operationId: 'login', tags, summary: 'Log in with e-mail and password', body: LoginInput, response: { 200: UserEnvelope, ...errors(400, 401, 403, 429) } },
    },
    async (request, reply) => {
      const { token, userId } = await ctx.uow.run(async (s) => {
        if (request.sessionToken) await accounts.logOut(s, request.sessionToken); // no session fixation
        return accounts.logIn(s, sessionSettings, request.body, request.headers['user-agent'] ?? null);
      });
      setSessionCookie(ctx, reply, token);
      return ctx.uow.read((s) => userEnvelope(s, userId));
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { operationId: 'logout', tags, summary: 'End this session', response: { 204: Type.Null(), ...errors(403) } } },
    async (request, reply) => {
      const token = request.sessionToken;
      if (token) await ctx.uow.run((s) => accounts.logOut(s, token));
      clearSessionCookie(ctx, reply);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/logout-all',
    { schema: { operationId: 'logoutEverywhere', tags, summary: 'End every session of this user', response: { 204: Type.Null(), ...errors(401, 403) } } },
    async (request, reply) => {
      const actor: Actor = requireActor(request.actor);
      await ctx.uow.run((s) => accounts.logOutEverywhere(s, actor));
      clearSessionCookie(ctx, reply);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/password-reset/request',
    {
      config: { rateLimit: { max: register.max, timeWindow: register.windowMs } },
      schema: { operationId: 'requestPasswordReset', tags, summary: 'E-mail a reset link (always 202, whether or not the account exists)', body: ResetRequestInput, response: { 202: Type.Null(), ...errors(400, 403, 429) } },
    },
    async (request, reply) => {
      await ctx.uow.run((s) => accounts.requestPasswordReset(s, ctx.clock, request.body.email, ctx.config.publicUrl));
      void ctx.flushOutbox();
      return reply.status(202).send(null);
    },
  );

  app.post(
    '/api/auth/password-reset/confirm',
    {
      config: { rateLimit: { max: login.max, timeWindow: login.windowMs } },
      schema: { operationId: 'confirmPasswordReset', tags, summary: 'Set a new password with the e-mailed token', body: ResetConfirmInput, response: { 204: Type.Null(), ...errors(400, 403, 429) } },
    },
    async (request, reply) => {
      await ctx.uow.run((s) => accounts.confirmPasswordReset(s, ctx.clock, request.body.token, request.body.password));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/invitations/accept',
    {
      schema: { operationId: 'acceptInvitation', tags: ['organisations'], summary: 'Join an organisation with an invitation token', body: Type.Object({ token: Type.String({ minLength: 10, maxLength: 200 }) }, { additionalProperties: false }), response: { 200: UserEnvelope, ...errors(400, 401, 403, 409) } },
    },
    async (request) => {
      const actor = request.actor;
      return ctx.uow.run(async (s) => {
        await acceptInvitation(s, ctx.clock, actor, request.body.token);
        return userEnvelope(s, requireActor(actor).userId);
      });
    },
  );
}
