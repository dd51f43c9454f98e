/**
 * Registrations, participants, check-in, delegations and exhibitors as the API shows them: allow-lists,
 * never rows. E-mail addresses only reach the event's staff and the registrant; ticket codes and the
 * calendar feed only the registrant.
 */
import Type from 'typebox';
import type { AttendanceReport, CheckInResult } from '../../domain/events/registration-checkin.js';
import type { DirectoryEntry } from '../../domain/events/registration-directory.js';
import type { DelegationWithMembers } from '../../domain/events/delegations.js';
import type { ExhibitorEntry } from '../../domain/events/exhibitors.js';
import { isEventStaff } from '../../domain/events/policy.js';
import { calendarFeedPath, registrationAbilities } from '../../domain/events/registrations.js';
import type { RegistrationCounts, RegistrationView } from '../../domain/events/registration-store.js';
import type { EventView } from '../../domain/events/store.js';
import type { RegistrationQuestion } from '../../domain/events/schema.js';
import { DELEGATION_KINDS, PARTICIPANT_TYPES, REGISTRATION_STATUSES } from '../../domain/events/vocab.js';
import type { SheetCell } from '../../domain/listings/export.js';
import type { ListingView } from '../../domain/listings/store.js';
import { ListingType } from '../../domain/listings/schema.js';
import type { Actor } from '../../domain/ports.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Uuid = Type.String({ format: 'uuid' });
const DateTime = Type.String({ format: 'date-time' });
const Status = Type.Enum([...REGISTRATION_STATUSES]);
const ParticipantTypeSchema = Type.Enum([...PARTICIPANT_TYPES]);
const iso = (d: Date | null) => d?.toISOString() ?? null;

export const ListingSummary = Type.Object({ id: Uuid, type: ListingType, title: Type.String() });
const listingSummary = (l: ListingView) => ({ id: l.id, type: l.type, title: l.title });

export const RegistrationResponse = Type.Object({
  id: Uuid,
  eventId: Uuid,
  userId: Uuid,
  status: Status,
  participantType: ParticipantTypeSchema,
  displayName: Type.String(),
  email: Nullable(Type.String({ description: 'For the registrant and the event staff only' })),
  organisationId: Nullable(Uuid),
  organisationName: Nullable(Type.String()),
  country: Type.String(),
  languages: Type.Array(Type.String()),
  interpreterNeeds: Nullable(Type.String()),
  offerListingIds: Type.Array(Uuid),
  seekListingIds: Type.Array(Uuid),
  answers: Type.Record(Type.String(), Type.Union([Type.String(), Type.Array(Type.String()), Type.Boolean()])),
  waitlistedAt: Nullable(DateTime),
  waitlistPosition: Nullable(Type.Integer({ minimum: 1, description: 'Place on the waiting list (1 = next to be confirmed)' })),
  decisionReason: Nullable(Type.String({ description: "The organisers' reason for a decline or cancellation" })),
  ticketCode: Nullable(Type.String({ description: 'For the registrant, once confirmed: the code in the QR ticket' })),
  calendarFeedPath: Nullable(Type.String({ description: "For the registrant: the secret path of their iCal feed (don't share it)" })),
  checkedInAt: Nullable(DateTime),
  cancelledAt: Nullable(DateTime),
  createdAt: DateTime,
  updatedAt: DateTime,
  version: Type.Integer(),
  abilities: Type.Object({ edit: Type.Boolean(), cancel: Type.Boolean(), approve: Type.Boolean(), decline: Type.Boolean(), showTicket: Type.Boolean() }),
});

export function presentRegistration(registration: RegistrationView, event: EventView, actor: Actor | null, waitlistPosition: number | null) {
  const own = !!actor && registration.userId === actor.userId;
  const staff = isEventStaff(actor, event);
  return {
    id: registration.id,
    eventId: registration.eventId,
    userId: registration.userId,
    status: registration.status,
    participantType: registration.participantType,
    displayName: registration.displayName,
    email: own || staff ? registration.email : null,
    organisationId: registration.organisationId,
    organisationName: registration.organisationName,
    country: registration.country,
    languages: registration.languages,
    interpreterNeeds: registration.interpreterNeeds,
    offerListingIds: registration.offerListingIds,
    seekListingIds: registration.seekListingIds,
    answers: registration.answers,
    waitlistedAt: iso(registration.waitlistedAt),
    waitlistPosition: registration.status === 'waitlisted' ? waitlistPosition : null,
    decisionReason: registration.decisionReason,
    ticketCode: own && registration.status === 'confirmed' ? registration.ticketCode : null,
    calendarFeedPath: own ? calendarFeedPath(registration) : null,
    checkedInAt: iso(registration.checkedInAt),
    cancelledAt: iso(registration.cancelledAt),
    createdAt: registration.createdAt.toISOString(),
    updatedAt: registration.updatedAt.toISOString(),
    version: registration.version,
    abilities: registrationAbilities(actor, event, registration),
  };
}

const Counts = Type.Object(Object.fromEntries(REGISTRATION_STATUSES.map((s) => [s, Type.Integer()])) as Record<(typeof REGISTRATION_STATUSES)[number], ReturnType<typeof Type.Integer>>);

export const RegistrationListResponse = Type.Object({
  items: Type.Array(RegistrationResponse),
  counts: Counts,
  capacity: Nullable(Type.Integer()),
  freePlaces: Nullable(Type.Integer({ description: 'null when the event has no capacity limit' })),
});

export function presentCounts(counts: RegistrationCounts, capacity: number | null) {
  return { counts: { ...counts }, capacity, freePlaces: capacity === null ? null : Math.max(0, capacity - counts.confirmed) };
}

/** The staff spreadsheet: one row per registration, one column per question of the form. */
export function registrationSheet(event: EventView, registrations: RegistrationView[], positions: Map<string, number>): SheetCell[][] {
  const questions: RegistrationQuestion[] = event.registrationForm.questions;
  const header = [
    'id', 'status', 'waitlistPosition', 'displayName', 'email', 'organisation', 'country', 'participantType', 'languages', 'interpreterNeeds',
    'offerListingIds', 'seekListingIds', 'registeredAt', 'checkedInAt', 'decisionReason', ...questions.map((q) => `answers.${q.id}`),
  ];
  const answer = (a: unknown): SheetCell => (Array.isArray(a) ? a.join('; ') : typeof a === 'boolean' ? (a ? 'yes' : 'no') : typeof a === 'string' ? a : null);
  return [
    header,
    ...registrations.map((r) => [
      r.id,
      r.status,
      positions.get(r.id) ?? null,
      r.displayName,
      r.email,
      r.organisationName,
      r.country,
      r.participantType,
      r.languages.join('; '),
      r.interpreterNeeds,
      r.offerListingIds.join('; '),
      r.seekListingIds.join('; '),
      r.createdAt.toISOString(),
      iso(r.checkedInAt),
      r.decisionReason,
      ...questions.map((q) => answer(r.answers[q.id])),
    ]),
  ];
}

export const ParticipantResponse = Type.Object({
  registrationId: Uuid,
  displayName: Type.String(),
  organisationId: Nullable(Uuid),
  organisationName: Nullable(Type.String()),
  country: Type.String(),
  participantType: ParticipantTypeSchema,
  languages: Type.Array(Type.String()),
  delegationIds: Type.Array(Uuid),
  offers: Type.Array(ListingSummary, { description: 'Listings the participant brings (anonymous ones are never shown here)' }),
  seeks: Type.Array(ListingSummary, { description: 'Listings the participant looks for partners on' }),
});

export function presentParticipant(entry: DirectoryEntry) {
  const r = entry.registration;
  return {
    registrationId: r.id,
    displayName: r.displayName,
    organisationId: r.organisationId,
    organisationName: r.organisationName,
    country: r.country,
    participantType: r.participantType,
    languages: r.languages,
    delegationIds: entry.delegationIds,
    offers: entry.offers.map(listingSummary),
    seeks: entry.seeks.map(listingSummary),
  };
}

/** What the door staff see after a scan. */
const ParticipantBadge = Type.Object({
  registrationId: Uuid,
  displayName: Type.String(),
  organisationName: Nullable(Type.String()),
  participantType: ParticipantTypeSchema,
  country: Type.String(),
  languages: Type.Array(Type.String()),
  interpreterNeeds: Nullable(Type.String()),
  status: Status,
  checkedInAt: Nullable(DateTime),
});

const badge = (r: RegistrationView) => ({
  registrationId: r.id,
  displayName: r.displayName,
  organisationName: r.organisationName,
  participantType: r.participantType,
  country: r.country,
  languages: r.languages,
  interpreterNeeds: r.interpreterNeeds,
  status: r.status,
  checkedInAt: iso(r.checkedInAt),
});

export const CheckInResponse = Type.Object({
  alreadyCheckedIn: Type.Boolean({ description: 'The participant was already scanned on this day' }),
  day: Type.String({ format: 'date', description: "The event's local day the scan counts for" }),
  scannedAt: DateTime,
  participant: ParticipantBadge,
});

export function presentCheckIn(result: CheckInResult) {
  return { alreadyCheckedIn: result.alreadyCheckedIn, day: result.day, scannedAt: result.scannedAt.toISOString(), participant: badge(result.registration) };
}

const TypeCounts = Type.Record(Type.String(), Type.Integer(), { description: 'By participant type' });
export const AttendanceResponse = Type.Object({
  confirmed: Type.Integer(),
  checkedIn: Type.Integer({ description: 'Participants scanned on at least one day' }),
  days: Type.Array(Type.Object({ day: Type.String({ format: 'date' }), count: Type.Integer(), byParticipantType: TypeCounts })),
  byParticipantType: TypeCounts,
  items: Type.Array(Type.Object({ participant: ParticipantBadge, days: Type.Array(Type.String({ format: 'date' })) })),
});

export function presentAttendance(report: AttendanceReport) {
  return {
    confirmed: report.confirmed,
    checkedIn: report.checkedIn,
    days: report.days,
    byParticipantType: report.byParticipantType,
    items: report.participants.map((p) => ({ participant: badge(p.registration), days: p.days })),
  };
}

const DelegationMember = Type.Object({
  registrationId: Uuid,
  displayName: Type.String(),
  organisationName: Nullable(Type.String()),
  country: Type.String(),
  participantType: ParticipantTypeSchema,
});

export const DelegationResponse = Type.Object({
  id: Uuid,
  eventId: Uuid,
  kind: Type.Enum([...DELEGATION_KINDS]),
  name: Type.String(),
  country: Nullable(Type.String()),
  organisationId: Nullable(Uuid),
  leaderRegistrationId: Nullable(Uuid),
  memberRegistrationIds: Type.Array(Uuid, { description: 'The leader first' }),
  members: Type.Array(DelegationMember),
  createdAt: DateTime,
});

export function presentDelegation({ delegation: d, members }: DelegationWithMembers) {
  return {
    id: d.id,
    eventId: d.eventId,
    kind: d.kind,
    name: d.name,
    country: d.country,
    organisationId: d.organisationId,
    leaderRegistrationId: d.leaderRegistrationId,
    memberRegistrationIds: d.memberRegistrationIds,
    members: members.map((r) => ({ registrationId: r.id, displayName: r.displayName, organisationName: r.organisationName, country: r.country, participantType: r.participantType })),
    createdAt: d.createdAt.toISOString(),
  };
}

export const ExhibitorResponse = Type.Object({
  id: Uuid,
  eventId: Uuid,
  organisation: Type.Object({ id: Uuid, name: Type.String(), country: Type.String() }),
  boothNumber: Type.String(),
  hall: Nullable(Type.String()),
  areaSqm: Nullable(Type.Number()),
  listings: Type.Array(ListingSummary, { description: 'Showcased listings you may see' }),
  createdAt: DateTime,
});

export function presentExhibitor({ exhibitor: e, listings }: ExhibitorEntry) {
  return {
    id: e.id,
    eventId: e.eventId,
    organisation: { id: e.organisationId, name: e.organisationName, country: e.organisationCountry },
    boothNumber: e.boothNumber,
    hall: e.hall,
    areaSqm: e.areaSqm,
    listings: listings.map(listingSummary),
    createdAt: e.createdAt.toISOString(),
  };
}

export const MarketplaceSourceSchema = Type.Array(Type.Enum(['offer', 'seek', 'exhibitor']), {
  description: 'How the listing is linked to the event: offered or sought by a participant, shown by an exhibitor',
});
