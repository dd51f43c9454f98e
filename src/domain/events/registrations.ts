/**
 * Registering for an event and what follows: the waiting list, approval, cancellation and the
 * participant's own edits. Places are counted under a lock on the event row, so two registrations
 * racing for the last place never both get it.
 *
 * A cancelled registration may register again: the same row is reused (one per user and event) with a
 * new ticket code and calendar token, and it joins the end of any waiting list. A declined one may not
 * (409 ALREADY_REGISTERED): organisers can approve it again instead.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { fail, type FieldError } from '../errors.js';
import { cancelMeetingsOfParticipant } from '../meetings/requests.js';
import type { Actor, Clock, Stores } from '../ports.js';
import { assertCountries } from '../shared/countries.js';
import { authoriseOnEvent, eventFor, loadEvent } from './commands.js';
import { canOnEvent, isEventStaff } from './policy.js';
import { checkAnswers, isoDay, listingProblems, participantProblems, unaskedProblems } from './registration-form.js';
import { registrationMail, type RegistrationMailKind } from './registration-mail.js';
import type { DecisionInput, RegistrationInput, RegistrationPatch } from './registration-schema.js';
import type { RegistrationUpdate, RegistrationView } from './registration-store.js';
import type { EventRecord, EventView } from './store.js';
import type { RegistrationStatus } from './vocab.js';

/** 144 bits: unguessable, yet short enough for a QR code a phone camera reads at a glance. */
const TICKET_CODE_BYTES = 18;
const CALENDAR_TOKEN_BYTES = 24;
const secret = (bytes: number) => randomBytes(bytes).toString('base64url');

/** Where the participant's iCal feed is served (by the meetings area). */
export const calendarFeedPath = (registration: Pick<RegistrationView, 'calendarToken'>) => `/api/calendar/${registration.calendarToken}.ics`;

/** Statuses that still hold or wait for a place. */
const ACTIVE: readonly RegistrationStatus[] = ['pending', 'confirmed', 'waitlisted'];

export function registrationClosed(event: Pick<EventRecord, 'registrationClosesAt' | 'endsOn'>, now: Date): boolean {
  return (event.registrationClosesAt !== null && now.getTime() >= event.registrationClosesAt.getTime()) || event.endsOn < isoDay(now);
}

async function mail(stores: Stores, kind: RegistrationMailKind, event: EventRecord, registrationId: string, publicUrl: string, extra: { reason?: string | null } = {}) {
  const registration = await stores.registrations.findRegistration(event.id, registrationId);
  if (!registration) return;
  const waitlistPosition = registration.status === 'waitlisted' ? await stores.registrations.waitlistPosition(event.id, registration.id) : null;
  await stores.platform.enqueueMail(registrationMail(kind, event, registration, publicUrl, { ...extra, waitlistPosition }));
}

async function audit(stores: Stores, actor: Actor | null, action: string, registration: Pick<RegistrationView, 'id' | 'eventId'>, details: Record<string, unknown> = {}) {
  await stores.platform.audit({ actorId: actor?.userId ?? null, action: `registration.${action}`, subjectType: 'event_registration', subjectId: registration.id, details: { eventId: registration.eventId, ...details } });
}

/** Whether a newcomer gets a place now: a free place and nobody waiting ahead of them. */
async function placeFree(stores: Stores, event: Pick<EventRecord, 'id' | 'capacity'>): Promise<boolean> {
  const counts = await stores.registrations.countsByStatus(event.id);
  return counts.waitlisted === 0 && (event.capacity === null || counts.confirmed < event.capacity);
}

/** Locks the event and reads it again, so capacity and status are the ones this transaction decides on. */
async function lockedEvent(stores: Stores, eventId: string): Promise<EventView> {
  await stores.registrations.lockEvent(eventId);
  return (await stores.events.find(eventId)) ?? fail('EVENT_NOT_FOUND');
}

/**
 * Confirms waitlisted registrations, first come first served, while places are free. Called after a
 * cancellation and when organisers raise the capacity; returns the promoted registration ids.
 */
export async function promoteFromWaitlist(stores: Stores, clock: Clock, event: Pick<EventRecord, 'id'>, publicUrl: string): Promise<string[]> {
  const current = await lockedEvent(stores, event.id);
  if (current.status !== 'published') return [];
  const counts = await stores.registrations.countsByStatus(current.id);
  const free = current.capacity === null ? counts.waitlisted : Math.min(counts.waitlisted, current.capacity - counts.confirmed);
  if (free <= 0) return [];
  const promoted = await stores.registrations.waitlist(current.id, free);
  for (const registration of promoted) {
    await stores.registrations.updateRegistration(current.id, registration.id, { status: 'confirmed', waitlistedAt: null });
    await audit(stores, null, 'promoted', registration, { at: clock.now().toISOString() });
    await mail(stores, 'promoted', current, registration.id, publicUrl);
  }
  return promoted.map((r) => r.id);
}

/** Checks a new registration against the event's form; returns what it is stored with. */
async function checkRegistration(stores: Stores, actor: Actor, event: EventView, input: RegistrationInput, today: string) {
  if (input.country) assertCountries([{ path: '/country', code: input.country }]);
  const organisationId = input.organisationId ?? null;
  const form = event.registrationForm;
  const problems: FieldError[] = [...participantProblems(form, actor, { participantType: input.participantType, organisationId }), ...unaskedProblems(form, input)];
  const organisation = organisationId && actor.memberships.has(organisationId) ? await stores.organisations.find(organisationId) : null;
  const country = input.country ?? organisation?.country;
  // With an organisation that is not theirs, that is the one problem to report (it would have given the country).
  if (!country && !organisationId) problems.push({ path: '/country', message: 'required when you register without an organisation' });
  problems.push(...(await listingProblems(stores, actor, today, input)));
  const answers = checkAnswers(form, input.answers ?? {});
  problems.push(...answers.problems);
  if (problems.length || !country) fail('REGISTRATION_FORM_INVALID', problems);
  return { organisation, country, answers: answers.answers };
}

export async function registerForEvent(stores: Stores, clock: Clock, actor: Actor | null, eventId: string, input: RegistrationInput, publicUrl: string): Promise<string> {
  authoriseOnEvent(actor, 'register', await loadEvent(stores, actor, eventId));
  const event = await lockedEvent(stores, eventId);
  authoriseOnEvent(actor, 'register', event);
  const now = clock.now();
  if (registrationClosed(event, now)) fail('REGISTRATION_CLOSED', { closesAt: event.registrationClosesAt?.toISOString() ?? null });
  const existing = await stores.registrations.findRegistrationByUser(eventId, actor.userId);
  if (existing && existing.status !== 'cancelled') fail('ALREADY_REGISTERED', { registrationId: existing.id, status: existing.status });
  const { organisation, country, answers } = await checkRegistration(stores, actor, event, input, isoDay(now));
  const user = (await stores.accounts.findUserById(actor.userId)) ?? fail('UNAUTHENTICATED');

  const status: RegistrationStatus = event.registrationMode === 'approval' ? 'pending' : (await placeFree(stores, event)) ? 'confirmed' : 'waitlisted';
  const fields = {
    organisationId: organisation?.id ?? null,
    status,
    participantType: input.participantType,
    displayName: user.displayName,
    organisationName: organisation?.name ?? null,
    country,
    languages: input.languages ?? [],
    interpreterNeeds: input.interpreterNeeds?.trim() || null,
    offerListingIds: input.offerListingIds ?? [],
    seekListingIds: input.seekListingIds ?? [],
    answers,
    waitlistedAt: status === 'waitlisted' ? now : null,
    decisionReason: null,
    ticketCode: secret(TICKET_CODE_BYTES),
    calendarToken: secret(CALENDAR_TOKEN_BYTES),
  };
  let id: string;
  if (existing) {
    id = existing.id;
    // Starting afresh: nothing of the cancelled registration (check-in, meeting settings) carries over.
    await stores.registrations.updateRegistration(eventId, id, { ...fields, cancelledAt: null, checkedInAt: null, checkedInBy: null, maxMeetings: null, unavailableSlotIds: [] });
  } else {
    id = randomUUID();
    await stores.registrations.insertRegistration({ id, eventId, userId: actor.userId, ...fields });
  }
  await audit(stores, actor, existing ? 'renewed' : 'created', { id, eventId }, { status });
  await mail(stores, status, event, id, publicUrl);
  return id;
}

/** The registration if the actor owns it or runs the event; anyone else is told it does not exist. */
export async function loadRegistration(stores: Stores, actor: Actor | null, eventId: string, registrationId: string): Promise<{ event: EventView; registration: RegistrationView }> {
  const event = await loadEvent(stores, actor, eventId);
  if (!actor) fail('UNAUTHENTICATED');
  const registration = await stores.registrations.findRegistration(eventId, registrationId);
  if (!registration || (registration.userId !== actor.userId && !isEventStaff(actor, event))) fail('REGISTRATION_NOT_FOUND');
  return { event, registration };
}

export async function loadMyRegistration(stores: Stores, actor: Actor | null, eventId: string): Promise<{ event: EventView; registration: RegistrationView }> {
  const event = await loadEvent(stores, actor, eventId);
  if (!actor) fail('UNAUTHENTICATED');
  const registration = (await stores.registrations.findRegistrationByUser(eventId, actor.userId)) ?? fail('REGISTRATION_NOT_FOUND');
  return { event, registration };
}

/** The code in the participant's QR ticket; there is a ticket only while the registration is confirmed. */
export async function loadMyTicketCode(stores: Stores, actor: Actor | null, eventId: string): Promise<string> {
  const { registration } = await loadMyRegistration(stores, actor, eventId);
  if (registration.status !== 'confirmed') fail('INVALID_TRANSITION', { status: registration.status, action: 'showTicket' });
  return registration.ticketCode;
}

export async function updateMyRegistration(stores: Stores, clock: Clock, actor: Actor | null, eventId: string, patch: RegistrationPatch): Promise<string> {
  const { event, registration } = await loadMyRegistration(stores, actor, eventId);
  const me = actor as Actor;
  if (!ACTIVE.includes(registration.status) || event.status === 'cancelled') fail('INVALID_TRANSITION', { status: registration.status, action: 'edit' });
  if (patch.version !== registration.version) fail('VERSION_CONFLICT', { currentVersion: registration.version });
  const form = event.registrationForm;
  // Only what changes is checked: a listing that expired since registering does not block editing answers.
  const problems = [...unaskedProblems(form, patch), ...(await listingProblems(stores, me, isoDay(clock.now()), patch))];
  const answers = patch.answers !== undefined ? checkAnswers(form, patch.answers) : null;
  if (answers) problems.push(...answers.problems);
  if (problems.length) fail('REGISTRATION_FORM_INVALID', problems);
  const update: RegistrationUpdate = {
    ...(patch.languages !== undefined ? { languages: patch.languages } : {}),
    ...(patch.interpreterNeeds !== undefined ? { interpreterNeeds: patch.interpreterNeeds?.trim() || null } : {}),
    ...(patch.offerListingIds !== undefined ? { offerListingIds: patch.offerListingIds } : {}),
    ...(patch.seekListingIds !== undefined ? { seekListingIds: patch.seekListingIds } : {}),
    ...(answers ? { answers: answers.answers } : {}),
  };
  if (!(await stores.registrations.updateRegistration(eventId, registration.id, update, patch.version))) {
    fail('VERSION_CONFLICT', { currentVersion: (await stores.registrations.findRegistration(eventId, registration.id))?.version ?? null });
  }
  await audit(stores, me, 'updated', registration, { fields: Object.keys(update) });
  return registration.id;
}

/** A new calendar feed secret, for a participant whose feed link leaked. */
export async function rotateCalendarToken(stores: Stores, actor: Actor | null, eventId: string): Promise<string> {
  const { registration } = await loadMyRegistration(stores, actor, eventId);
  await stores.registrations.updateRegistration(eventId, registration.id, { calendarToken: secret(CALENDAR_TOKEN_BYTES) });
  await audit(stores, actor, 'calendar_token_rotated', registration);
  return registration.id;
}

/** Organisers' registration decisions start here: the event must be running and the caller its staff. */
async function decisionTarget(stores: Stores, actor: Actor | null, eventId: string, registrationId: string) {
  const { actor: staff } = await eventFor(stores, actor, eventId, 'manageRegistrations');
  const event = await lockedEvent(stores, eventId);
  const registration = (await stores.registrations.findRegistration(eventId, registrationId)) ?? fail('REGISTRATION_NOT_FOUND');
  return { event, registration, staff };
}

/** Approves a pending (or earlier declined) registration: confirmed when a place is free, else waitlisted. */
export async function approveRegistration(stores: Stores, clock: Clock, actor: Actor | null, eventId: string, registrationId: string, publicUrl: string): Promise<void> {
  const { event, registration, staff } = await decisionTarget(stores, actor, eventId, registrationId);
  if (registration.status !== 'pending' && registration.status !== 'declined') fail('INVALID_TRANSITION', { status: registration.status, action: 'approve' });
  const status = (await placeFree(stores, event)) ? 'confirmed' : 'waitlisted';
  await stores.registrations.updateRegistration(eventId, registration.id, { status, waitlistedAt: status === 'waitlisted' ? clock.now() : null, decisionReason: null });
  await audit(stores, staff, 'approved', registration, { status });
  await mail(stores, status === 'confirmed' ? 'approved' : 'approved_waitlisted', event, registration.id, publicUrl);
}

/** Declines a pending or waitlisted registration; the reason is mailed to the registrant. */
export async function declineRegistration(stores: Stores, clock: Clock, actor: Actor | null, eventId: string, registrationId: string, input: DecisionInput, publicUrl: string): Promise<void> {
  const reason = input.reason?.trim();
  if (!reason) fail('REASON_REQUIRED', [{ path: '/reason', message: 'tell the registrant why their registration is declined' }]);
  const { event, registration, staff } = await decisionTarget(stores, actor, eventId, registrationId);
  if (registration.status !== 'pending' && registration.status !== 'waitlisted') fail('INVALID_TRANSITION', { status: registration.status, action: 'decline' });
  await stores.registrations.updateRegistration(eventId, registration.id, { status: 'declined', waitlistedAt: null, decisionReason: reason });
  await audit(stores, staff, 'declined', registration, { at: clock.now().toISOString() });
  await mail(stores, 'declined', event, registration.id, publicUrl, { reason });
}

/**
 * Cancels a registration, by its participant or by the organisers (with an optional reason). A freed
 * place goes to the first on the waiting list at once.
 */
export async function cancelRegistration(
  stores: Stores,
  clock: Clock,
  actor: Actor | null,
  eventId: string,
  registrationId: string,
  input: DecisionInput,
  publicUrl: string,
): Promise<void> {
  const { event: seen, registration } = await loadRegistration(stores, actor, eventId, registrationId);
  const me = actor as Actor;
  const own = registration.userId === me.userId;
  if (!own) authoriseOnEvent(me, 'manageRegistrations', seen);
  const event = await lockedEvent(stores, eventId);
  const current = (await stores.registrations.findRegistration(eventId, registrationId)) ?? fail('REGISTRATION_NOT_FOUND');
  if (!ACTIVE.includes(current.status)) fail('INVALID_TRANSITION', { status: current.status, action: 'cancel' });
  const now = clock.now();
  await stores.registrations.updateRegistration(eventId, current.id, { status: 'cancelled', cancelledAt: now, waitlistedAt: null, decisionReason: own ? null : input.reason?.trim() || null });
  await stores.registrations.removeFromDelegations(eventId, current.id);
  // Leaving the event means leaving one's 1:1 meetings too; the other sides are told.
  await cancelMeetingsOfParticipant(stores, { clock, publicUrl }, eventId, current.id);
  await audit(stores, me, 'cancelled', current, { from: current.status, byParticipant: own });
  await mail(stores, own ? 'cancelled_by_participant' : 'cancelled_by_organiser', event, current.id, publicUrl, { reason: input.reason ?? null });
  if (current.status === 'confirmed') await promoteFromWaitlist(stores, clock, event, publicUrl);
}

/** What the caller may do with a registration, for the `abilities` of responses. */
export function registrationAbilities(actor: Actor | null, event: EventView, registration: RegistrationView) {
  const own = !!actor && registration.userId === actor.userId;
  const manage = canOnEvent(actor, 'manageRegistrations', event);
  const active = ACTIVE.includes(registration.status);
  return {
    edit: own && active && event.status !== 'cancelled',
    cancel: active && (own || manage),
    approve: manage && (registration.status === 'pending' || registration.status === 'declined'),
    decline: manage && (registration.status === 'pending' || registration.status === 'waitlisted'),
    showTicket: own && registration.status === 'confirmed',
  };
}
