/** The per-event report: participation, sessions, meetings and outcomes, for the event's organisers. */
import { fail } from '../errors.js';
import { loadEvent } from '../events/commands.js';
import type { Actor, Stores } from '../ports.js';
import { canViewEventReport } from './policy.js';
import type { EventReport } from './schema.js';
import type { AnnualFilter } from './store.js';

export async function buildEventReport(s: Stores, actor: Actor | null, eventId: string, reportingCurrency: string): Promise<EventReport> {
  if (!actor) fail('UNAUTHENTICATED');
  const event = await loadEvent(s, actor, eventId);
  if (!canViewEventReport(actor, event)) fail('FORBIDDEN');
  const figures = await s.reports.eventFigures(eventId);
  if (!figures) fail('EVENT_NOT_FOUND');
  const counts = await s.reports.eventCounts(eventId);
  // The intention figures are the annual report's, for this one event (year and scope do not apply).
  const filter: AnnualFilter = { scope: { kind: 'platform' }, year: Number(event.startsOn.slice(0, 4)), homeCountry: event.country ?? '', reportingCurrency, lang: 'en' };
  const intentions = await s.reports.figureTotal({ name: 'event.intentions', subjectId: eventId }, filter);
  const value = await s.reports.figureTotal({ name: 'event.intentionValue', subjectId: eventId }, filter);
  return {
    event: figures,
    reportingCurrency,
    byCountry: counts.byCountry,
    sessions: counts.sessions,
    streamedSessions: counts.streamedSessions,
    meetings: { requested: counts.requested, accepted: counts.accepted, held: counts.held, withIntention: counts.withIntention },
    intentions: { count: intentions.count, valueMinor: value.sum, unconverted: value.missing },
    agreementsSigned: { deals: counts.dealsSigned, registry: counts.registryAgreements, total: counts.dealsSigned + counts.registryAgreements },
  };
}
