/**
 * A participant's personal agenda (programme sessions they signed up for + published meetings with table
 * numbers), as data and as iCalendar (RFC 5545, built with ical.js). Times are written in UTC, which every
 * calendar converts to the reader's zone; X-WR-TIMEZONE names the event's zone for display.
 */
import ICAL from 'ical.js';
import { fail } from '../errors.js';
import { loadEvent } from '../events/commands.js';
import type { EventView } from '../events/store.js';
import type { Actor, Clock, Stores } from '../ports.js';
import { authoriseOnMeeting, confirmedParticipant, eventTitle, loadMeeting } from './requests.js';
import type { MeetingParticipant } from './store.js';

export interface AgendaItem {
  kind: 'session' | 'meeting';
  id: string;
  startsAt: Date;
  endsAt: Date;
  title: string;
  /** Room, or table with its location. */
  location: string | null;
  tableLabel: string | null;
  onlineUrl: string | null;
  with: { id: string; displayName: string; organisationName: string | null; country: string } | null;
  sessionKind: string | null;
}

export interface Agenda {
  event: EventView;
  participant: MeetingParticipant;
  items: AgendaItem[];
}

function pickTitle(title: Record<string, string>, language: string): string {
  return title[language] ?? Object.values(title)[0] ?? '';
}

export async function buildAgenda(stores: Stores, event: EventView, participant: MeetingParticipant, language?: string): Promise<Agenda> {
  const lang = language ?? event.defaultLanguage;
  const [sessions, meetings, slots, tables] = await Promise.all([
    stores.meetings.agendaSessions(event.id, participant.id),
    stores.meetings.list(event.id, { participantId: participant.id, status: ['accepted'] }),
    stores.meetings.slots(event.id),
    stores.meetings.tables(event.id),
  ]);
  const slotById = new Map(slots.map((s) => [s.id, s]));
  const tableById = new Map(tables.map((t) => [t.id, t]));
  const published = meetings.filter((m) => m.slotId && slotById.has(m.slotId));
  const others = new Map(
    (await stores.meetings.participants(event.id, published.map((m) => (m.requesterId === participant.id ? (m.receiverId ?? '') : m.requesterId)))).map((p) => [p.id, p]),
  );
  const items: AgendaItem[] = [
    ...sessions.map((s) => ({
      kind: 'session' as const,
      id: s.id,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      title: pickTitle(s.title, lang),
      location: s.roomName,
      tableLabel: null,
      onlineUrl: null,
      with: null,
      sessionKind: s.kind,
    })),
    ...published.map((m) => {
      const slot = slotById.get(m.slotId!)!;
      const table = tableById.get(m.tableId ?? '');
      const other = others.get(m.requesterId === participant.id ? (m.receiverId ?? '') : m.requesterId);
      return {
        kind: 'meeting' as const,
        id: m.id,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        title: other ? `${other.displayName}${other.organisationName ? ` (${other.organisationName})` : ''}` : '',
        location: table ? [table.label, table.location].filter(Boolean).join(' · ') : null,
        tableLabel: table?.label ?? null,
        onlineUrl: m.onlineUrl,
        with: other ? { id: other.id, displayName: other.displayName, organisationName: other.organisationName, country: other.country } : null,
        sessionKind: null,
      };
    }),
  ];
  items.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.kind.localeCompare(b.kind));
  return { event, participant, items };
}

export async function myAgenda(stores: Stores, actor: Actor | null, eventId: string, language?: string): Promise<Agenda> {
  const event = await loadEvent(stores, actor, eventId);
  const me = await confirmedParticipant(stores, event, actor);
  return buildAgenda(stores, event, me, language);
}

/** The agenda behind a participant's secret feed URL; unknown or cancelled registrations are not found. */
export async function agendaByCalendarToken(stores: Stores, token: string): Promise<Agenda> {
  const participant = await stores.meetings.participantByCalendarToken(token);
  if (!participant || participant.status !== 'confirmed') fail('REGISTRATION_NOT_FOUND');
  const event = await stores.events.find(participant.eventId);
  if (!event || event.status === 'draft') fail('EVENT_NOT_FOUND');
  return buildAgenda(stores, event, participant);
}

function vevent(item: AgendaItem, event: EventView, now: Date, host: string): ICAL.Component {
  const component = new ICAL.Component('vevent');
  const e = new ICAL.Event(component);
  e.uid = `${item.kind}-${item.id}@${host}`;
  e.startDate = ICAL.Time.fromJSDate(item.startsAt, true);
  e.endDate = ICAL.Time.fromJSDate(item.endsAt, true);
  e.summary = item.kind === 'meeting' ? `1:1 ${item.title}${item.tableLabel ? ` · table ${item.tableLabel}` : ''}` : item.title;
  const where = [item.location, event.venue].filter(Boolean).join(', ');
  if (where) e.location = where;
  const lines = [eventTitle(event)];
  if (item.onlineUrl) lines.push(item.onlineUrl);
  e.description = lines.join('\n');
  component.updatePropertyWithValue('dtstamp', ICAL.Time.fromJSDate(now, true));
  if (item.onlineUrl) component.updatePropertyWithValue('url', item.onlineUrl);
  return component;
}

export function agendaToICalendar(agenda: Agenda, clock: Clock, publicUrl: string, only?: string): string {
  const host = new URL(publicUrl).host;
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.updatePropertyWithValue('prodid', '-//Innox//Event agenda//EN');
  calendar.updatePropertyWithValue('version', '2.0');
  calendar.updatePropertyWithValue('calscale', 'GREGORIAN');
  calendar.updatePropertyWithValue('method', 'PUBLISH');
  calendar.updatePropertyWithValue('x-wr-calname', `${eventTitle(agenda.event)} · ${agenda.participant.displayName}`);
  calendar.updatePropertyWithValue('x-wr-timezone', agenda.event.timeZone);
  const now = clock.now();
  for (const item of agenda.items) {
    if (only && item.id !== only) continue;
    calendar.addSubcomponent(vevent(item, agenda.event, now, host));
  }
  return calendar.toString();
}

/** One meeting as an .ics file, for either side once it is published. */
export async function meetingICalendar(stores: Stores, clock: Clock, publicUrl: string, actor: Actor | null, eventId: string, meetingId: string): Promise<string> {
  const access = await loadMeeting(stores, actor, eventId, meetingId);
  authoriseOnMeeting(access, 'record');
  const agenda = await buildAgenda(stores, access.event, access.me!);
  return agendaToICalendar(agenda, clock, publicUrl, meetingId);
}
