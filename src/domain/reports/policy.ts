/**
 * Who may read which reports. A report has a scope: the whole platform (platform admins only) or one
 * organisation (its members and platform admins): what it organised, owns, or is a party to. The
 * per-event report belongs to the event's organisers and platform admins.
 */
import { fail } from '../errors.js';
import { isEventStaff } from '../events/policy.js';
import type { EventView } from '../events/store.js';
import type { Actor } from '../ports.js';

export type ReportScope = { kind: 'platform' } | { kind: 'organisation'; organisationId: string };

export function canViewReports(actor: Actor | null, scope: ReportScope): boolean {
  if (!actor) return false;
  if (actor.isPlatformAdmin) return true;
  return scope.kind === 'organisation' && actor.memberships.has(scope.organisationId);
}

/**
 * The scope a request asks for ('platform' or an organisation id); without one, admins get the platform
 * and members their (first) organisation. 401 without a session, 403 for a scope the actor may not read.
 */
export function resolveReportScope(actor: Actor | null, requested: string | undefined): ReportScope {
  if (!actor) fail('UNAUTHENTICATED');
  let scope: ReportScope;
  if (requested === 'platform') scope = { kind: 'platform' };
  else if (requested) scope = { kind: 'organisation', organisationId: requested };
  else if (actor.isPlatformAdmin) scope = { kind: 'platform' };
  else {
    const first = [...actor.memberships.keys()].sort()[0];
    if (!first) fail('FORBIDDEN');
    scope = { kind: 'organisation', organisationId: first };
  }
  if (!canViewReports(actor, scope)) fail('FORBIDDEN');
  return scope;
}

export function canViewEventReport(actor: Actor | null, event: Pick<EventView, 'organisers'>): boolean {
  return isEventStaff(actor, event);
}

export function scopeKey(scope: ReportScope): string {
  return scope.kind === 'platform' ? 'platform' : scope.organisationId;
}

/** The dashboards' scope and period: by default the year up to today; 400 INVALID_RANGE when from > to. */
export function dashboardRange(actor: Actor | null, query: { from?: string | undefined; to?: string | undefined; scope?: string | undefined }, today: string) {
  const scope = resolveReportScope(actor, query.scope);
  const to = query.to ?? today;
  const yearBefore = new Date(`${to}T00:00:00Z`);
  yearBefore.setUTCFullYear(yearBefore.getUTCFullYear() - 1);
  yearBefore.setUTCDate(yearBefore.getUTCDate() + 1);
  const from = query.from ?? yearBefore.toISOString().slice(0, 10);
  if (from > to) fail('INVALID_RANGE', [{ path: '/from', message: 'after `to`' }]);
  return { scope, from, to };
}
