import Type from 'typebox';
import { eventAbilities, organiserRole } from '../../domain/events/policy.js';
import { MeetingSettings, RegistrationForm } from '../../domain/events/schema.js';
import type { EventView } from '../../domain/events/store.js';
import { EVENT_KINDS, EVENT_STATUSES, ORGANISER_ROLES, REGISTRATION_MODES, REGISTRATION_STATUSES, type RegistrationStatus } from '../../domain/events/vocab.js';
import type { Stores } from '../../domain/ports.js';
import type { Actor } from '../../domain/ports.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Localised = Type.Record(Type.String(), Type.String(), { description: 'Text by language code' });

/** The event as every API response shows it: an allow-list, never the row. */
export const EventResponse = Type.Object({
  id: Type.String({ format: 'uuid' }),
  kind: Type.Enum([...EVENT_KINDS]),
  parentEventId: Nullable(Type.String({ format: 'uuid' })),
  status: Type.Enum([...EVENT_STATUSES]),
  title: Localised,
  description: Localised,
  defaultLanguage: Type.String(),
  languages: Type.Array(Type.String()),
  sectors: Type.Array(Type.String()),
  startsOn: Type.String({ format: 'date' }),
  endsOn: Type.String({ format: 'date' }),
  timeZone: Type.String(),
  venue: Nullable(Type.String()),
  city: Nullable(Type.String()),
  country: Nullable(Type.String()),
  onlineUrl: Nullable(Type.String()),
  registrationMode: Type.Enum([...REGISTRATION_MODES]),
  capacity: Nullable(Type.Integer()),
  registrationClosesAt: Nullable(Type.String({ format: 'date-time' })),
  registrationForm: RegistrationForm,
  meetingSettings: MeetingSettings,
  organisers: Type.Array(Type.Object({ organisationId: Type.String({ format: 'uuid' }), organisationName: Type.String(), role: Type.Enum([...ORGANISER_ROLES]) })),
  /** The caller's role among the organisers (null for participants and visitors). */
  myOrganiserRole: Nullable(Type.Enum([...ORGANISER_ROLES])),
  /** The caller's registration (any status), or null when they have none. */
  myRegistration: Nullable(Type.Object({ id: Type.String({ format: 'uuid' }), status: Type.Enum([...REGISTRATION_STATUSES]) })),
  demo: Type.Boolean(),
  version: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  abilities: Type.Object({
    edit: Type.Boolean(),
    publish: Type.Boolean(),
    cancel: Type.Boolean(),
    delete: Type.Boolean(),
    manageOrganisers: Type.Boolean(),
    manageProgramme: Type.Boolean(),
    manageRegistrations: Type.Boolean(),
    checkIn: Type.Boolean(),
    manageMeetings: Type.Boolean(),
    register: Type.Boolean(),
  }),
});

export type MyRegistration = { id: string; status: RegistrationStatus } | null;

/** The caller's registrations for these events (one query per event; lists are at most 100 long). */
export async function myRegistrations(s: Stores, actor: Actor | null, eventIds: string[]): Promise<Map<string, MyRegistration>> {
  const out = new Map<string, MyRegistration>();
  if (!actor) return out;
  await Promise.all(
    eventIds.map(async (id) => {
      const r = await s.registrations.findRegistrationByUser(id, actor.userId);
      out.set(id, r ? { id: r.id, status: r.status } : null);
    }),
  );
  return out;
}

export async function presentEventFor(s: Stores, event: EventView, actor: Actor | null) {
  return presentEvent(event, actor, (await myRegistrations(s, actor, [event.id])).get(event.id) ?? null);
}

export function presentEvent(event: EventView, actor: Actor | null, myRegistration: MyRegistration) {
  return {
    id: event.id,
    kind: event.kind,
    parentEventId: event.parentEventId,
    status: event.status,
    title: event.title,
    description: event.description,
    defaultLanguage: event.defaultLanguage,
    languages: event.languages,
    sectors: event.sectors,
    startsOn: event.startsOn,
    endsOn: event.endsOn,
    timeZone: event.timeZone,
    venue: event.venue,
    city: event.city,
    country: event.country,
    onlineUrl: event.onlineUrl,
    registrationMode: event.registrationMode,
    capacity: event.capacity,
    registrationClosesAt: event.registrationClosesAt?.toISOString() ?? null,
    registrationForm: event.registrationForm,
    meetingSettings: event.meetingSettings,
    organisers: event.organisers.map((o) => ({ organisationId: o.organisationId, organisationName: o.organisationName, role: o.role })),
    myOrganiserRole: actor?.isPlatformAdmin ? 'organiser' : organiserRole(actor, event),
    myRegistration,
    demo: event.demo,
    version: event.version,
    createdAt: event.createdAt.toISOString(),
    updatedAt: event.updatedAt.toISOString(),
    abilities: eventAbilities(actor, event),
  };
}
