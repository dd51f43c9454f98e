/** Match alert subscriptions per organisation, and the unsubscribe link every digest carries (no login). */
import Type from 'typebox';
import { listMatchAlerts, setMatchAlert, unsubscribe, unsubscribeInfo } from '../../domain/alerts/commands.js';
import { MatchAlertInput } from '../../domain/alerts/schema.js';
import type { App, AppContext } from '../context.js';
import { MatchAlertResponse, presentMatchAlert, presentUnsubscribe, UnsubscribeResponse } from '../presenters/alert.js';
import { errors } from '../schemas.js';

const tags = ['alerts'];
const OrganisationParams = Type.Object({ organisationId: Type.String({ format: 'uuid' }) });
const TokenParams = Type.Object({ token: Type.String({ pattern: '^[A-Za-z0-9_-]{20,100}$', description: 'The secret of the link in the digest e-mail' }) });

export async function matchAlertRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/me/match-alerts',
    {
      schema: {
        operationId: 'listMatchAlerts',
        tags,
        summary: "E-mails about new matches for my organisations' listings: one entry per organisation I belong to",
        response: { 200: Type.Object({ items: Type.Array(MatchAlertResponse) }), ...errors(401) },
      },
    },
    async (request) => ({ items: (await ctx.uow.read((s) => listMatchAlerts(s, request.actor))).map(presentMatchAlert) }),
  );

  app.put(
    '/api/me/match-alerts/:organisationId',
    {
      schema: {
        operationId: 'setMatchAlert',
        tags,
        summary: "Subscribe to new matches for an organisation's listings (daily, weekly) or switch them off",
        description: 'Members of the organisation only (403 otherwise). Matches stored from now on are mailed.',
        params: OrganisationParams,
        body: MatchAlertInput,
        response: { 200: MatchAlertResponse, ...errors(400, 401, 403, 404, 429) },
      },
    },
    async (request) => presentMatchAlert(await ctx.uow.run((s) => setMatchAlert(s, ctx.clock, request.actor, request.params.organisationId, request.body))),
  );

  app.get(
    '/api/alerts/unsubscribe/:token',
    {
      schema: {
        operationId: 'getUnsubscribeLink',
        tags,
        summary: 'What an unsubscribe link of a digest stops (no login; changes nothing)',
        description: 'Reading is kept apart from unsubscribing: mail scanners open links, and must not unsubscribe anyone.',
        params: TokenParams,
        response: { 200: UnsubscribeResponse, ...errors(400, 404) },
      },
    },
    async (request) => presentUnsubscribe(await ctx.uow.read((s) => unsubscribeInfo(s, request.params.token))),
  );

  app.post(
    '/api/alerts/unsubscribe/:token',
    {
      schema: {
        operationId: 'unsubscribe',
        tags,
        summary: "Unsubscribe with a digest's link: sets that saved search's or match alert's frequency to off (no login)",
        description: 'Using the link again is harmless. 404 UNSUBSCRIBE_LINK_INVALID for an unknown link.',
        params: TokenParams,
        response: { 200: UnsubscribeResponse, ...errors(400, 403, 404, 429) },
      },
    },
    async (request) => presentUnsubscribe(await ctx.uow.run((s) => unsubscribe(s, ctx.clock, request.params.token))),
  );
}
