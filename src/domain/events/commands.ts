/** Commands on the event itself: create, edit, publish, cancel, delete, organisers. */
import { randomUUID } from 'node:crypto';
import { fail } from '../errors.js';
import { loadOrganisation } from '../organisations/commands.js';
import type { Actor, Clock, Stores } from '../ports.js';
import { assertCountries } from '../shared/countries.js';
import { canOnEvent, type EventAction } from './policy.js';
import { promoteFromWaitlist } from './registrations.js';
import { DEFAULT_MEETING_SETTINGS, DEFAULT_REGISTRATION_FORM, type EventInput, type EventPatch, type OrganiserInput } from './schema.js';
import type { EventListFilter, EventRecord, EventUpdate, EventView } from './store.js';
import { assertTimeZone } from './time.js';

/** Loads an event the actor may see; an invisible draft is reported as not found. */
export async function loadEvent(stores: Stores, actor: Actor | null, id: string): Promise<EventView> {
  const event = await stores.events.find(id);
  if (!event || !canOnEvent(actor, 'view', event)) fail('EVENT_NOT_FOUND');
  return event;
}

/** Fails with 401, 403 (not an organiser) or 409 (the status does not allow it). */
export function authoriseOnEvent(actor: Actor | null, action: EventAction, event: EventView): asserts actor is Actor {
  if (canOnEvent(actor, action, event)) return;
  if (!actor) fail('UNAUTHENTICATED');
  const staff = actor.isPlatformAdmin || event.organisers.some((o) => actor.memberships.has(o.organisationId));
  const fullOrganiser = actor.isPlatformAdmin || event.organisers.some((o) => o.role === 'organiser' && actor.memberships.has(o.organisationId));
  const needsFull = action === 'publish' || action === 'cancel' || action === 'delete' || action === 'manageOrganisers';
  const entitled = action === 'register' ? true : needsFull ? fullOrganiser : staff;
  if (action === 'register' && event.status === 'published') fail('REGISTRATION_CLOSED');
  fail(entitled ? 'INVALID_TRANSITION' : 'FORBIDDEN', { status: event.status, action });
}

/** Loads and authorises in one step, the shape most event commands start with. */
export async function eventFor(stores: Stores, actor: Actor | null, id: string, action: EventAction): Promise<{ event: EventView; actor: Actor }> {
  const event = await loadEvent(stores, actor, id);
  authoriseOnEvent(actor, action, event);
  return { event, actor: actor as Actor };
}

function checkEventFields(fields: Partial<EventInput>, current?: EventRecord): void {
  const startsOn = fields.startsOn ?? current?.startsOn;
  const endsOn = fields.endsOn ?? current?.endsOn;
  if (startsOn && endsOn && endsOn < startsOn) fail('INVALID_RANGE', [{ path: '/endsOn', message: 'must not be before startsOn' }]);
  if (fields.timeZone !== undefined) assertTimeZone(fields.timeZone);
  if (fields.country) assertCountries([{ path: '/country', code: fields.country }]);
  const title = fields.title ?? current?.title;
  const defaultLanguage = fields.defaultLanguage ?? current?.defaultLanguage;
  if (title && defaultLanguage && !title[defaultLanguage as keyof typeof title]?.trim()) {
    fail('VALIDATION_FAILED', [{ path: `/title/${defaultLanguage}`, message: 'the title must be given in the default language' }]);
  }
  const form = fields.registrationForm;
  if (form) {
    const ids = new Set<string>();
    form.questions.forEach((q, i) => {
      if (ids.has(q.id)) fail('VALIDATION_FAILED', [{ path: `/registrationForm/questions/${i}/id`, message: 'duplicate question id' }]);
      ids.add(q.id);
      const needsOptions = q.kind === 'choice' || q.kind === 'multi_choice';
      if (needsOptions && !q.options?.length) fail('VALIDATION_FAILED', [{ path: `/registrationForm/questions/${i}/options`, message: 'choices need options' }]);
    });
  }
}

async function assertSectors(stores: Stores, sectors: string[] | undefined): Promise<void> {
  if (!sectors?.length) return;
  const unknown = await stores.platform.unknownConcepts(sectors, 'sector');
  if (unknown.length) fail('UNKNOWN_CONCEPT', unknown.map((c) => ({ path: '/sectors', message: `unknown sector ${c}` })));
}

async function assertParent(stores: Stores, actor: Actor, parentEventId: string | null | undefined, selfId?: string): Promise<void> {
  if (!parentEventId) return;
  if (parentEventId === selfId) fail('VALIDATION_FAILED', [{ path: '/parentEventId', message: 'an event cannot contain itself' }]);
  const parent = await loadEvent(stores, actor, parentEventId);
  if (parent.parentEventId) fail('VALIDATION_FAILED', [{ path: '/parentEventId', message: 'sub-forums cannot be nested further' }]);
  authoriseOnEvent(actor, 'manageProgramme', parent);
}

export async function createEvent(stores: Stores, clock: Clock, actor: Actor | null, input: EventInput, options: { demo?: boolean } = {}): Promise<string> {
  if (!actor) fail('UNAUTHENTICATED');
  const org = await loadOrganisation(stores, input.organisationId);
  if (!actor.memberships.has(org.id) && !actor.isPlatformAdmin) fail('FORBIDDEN', { reason: 'not_a_member' });
  checkEventFields(input);
  await assertSectors(stores, input.sectors);
  await assertParent(stores, actor, input.parentEventId);
  const id = randomUUID();
  await stores.events.insert({
    id,
    kind: input.kind,
    parentEventId: input.parentEventId ?? null,
    status: 'draft',
    title: input.title,
    description: input.description ?? {},
    defaultLanguage: input.defaultLanguage,
    languages: input.languages,
    sectors: input.sectors ?? [],
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    timeZone: input.timeZone,
    venue: input.venue ?? null,
    city: input.city ?? null,
    country: input.country ?? null,
    onlineUrl: input.onlineUrl ?? null,
    registrationMode: input.registrationMode,
    capacity: input.capacity ?? null,
    registrationClosesAt: input.registrationClosesAt ? new Date(input.registrationClosesAt) : null,
    registrationForm: input.registrationForm ?? DEFAULT_REGISTRATION_FORM,
    meetingSettings: input.meetingSettings ?? DEFAULT_MEETING_SETTINGS,
    createdBy: actor.userId,
    demo: options.demo ?? false,
  });
  await stores.events.setOrganiser(id, org.id, 'organiser');
  await stores.platform.audit({ actorId: actor.userId, action: 'event.created', subjectType: 'event', subjectId: id, details: { at: clock.now().toISOString() } });
  return id;
}

/** `clock` and `publicUrl` serve the waiting list: raising the capacity confirms waiting registrants and mails them. */
export async function updateEvent(stores: Stores, actor: Actor | null, id: string, patch: EventPatch, clock: Clock, publicUrl: string): Promise<void> {
  const { event, actor: a } = await eventFor(stores, actor, id, 'edit');
  const { version, registrationClosesAt, ...fields } = patch;
  checkEventFields(fields, event);
  await assertSectors(stores, fields.sectors);
  if (fields.parentEventId !== undefined) await assertParent(stores, a, fields.parentEventId, id);
  const update: EventUpdate = { ...fields } as EventUpdate;
  if (registrationClosesAt !== undefined) update.registrationClosesAt = registrationClosesAt ? new Date(registrationClosesAt) : null;
  if (!(await stores.events.update(id, update, version))) {
    const current = await stores.events.find(id);
    fail('VERSION_CONFLICT', { currentVersion: current?.version });
  }
  if (fields.capacity !== undefined) await promoteFromWaitlist(stores, clock, event, publicUrl);
}

async function setStatus(stores: Stores, actor: Actor | null, id: string, action: 'publish' | 'cancel', status: 'published' | 'cancelled'): Promise<EventView> {
  const { event, actor: a } = await eventFor(stores, actor, id, action);
  await stores.events.update(id, { status });
  await stores.platform.audit({ actorId: a.userId, action: `event.${action}`, subjectType: 'event', subjectId: id });
  return event;
}

export async function publishEvent(stores: Stores, actor: Actor | null, id: string): Promise<void> {
  await setStatus(stores, actor, id, 'publish', 'published');
}

/** Cancels a published event; everyone registered (or waiting) is told by e-mail. */
export async function cancelEvent(stores: Stores, actor: Actor | null, id: string): Promise<void> {
  const event = await setStatus(stores, actor, id, 'cancel', 'cancelled');
  const title = event.title[event.defaultLanguage as keyof typeof event.title] ?? Object.values(event.title)[0] ?? '';
  for (const r of await stores.registrations.listRegistrations(id, { status: ['pending', 'confirmed', 'waitlisted'] })) {
    await stores.platform.enqueueMail({
      to: r.email,
      subject: `Innox: ${title} is cancelled`,
      text: `The organisers have cancelled ${title} (${event.startsOn}${event.endsOn !== event.startsOn ? ` to ${event.endsOn}` : ''}). Your registration and meetings for it no longer apply.\n`,
    });
  }
}

export async function deleteEvent(stores: Stores, actor: Actor | null, id: string): Promise<void> {
  const { actor: a } = await eventFor(stores, actor, id, 'delete');
  await stores.events.delete(id);
  await stores.platform.audit({ actorId: a.userId, action: 'event.deleted', subjectType: 'event', subjectId: id });
}

export async function setOrganiser(stores: Stores, actor: Actor | null, id: string, input: OrganiserInput): Promise<void> {
  const { event, actor: a } = await eventFor(stores, actor, id, 'manageOrganisers');
  await loadOrganisation(stores, input.organisationId);
  const remainingFull = event.organisers.filter((o) => o.role === 'organiser' && o.organisationId !== input.organisationId);
  if (input.role !== 'organiser' && remainingFull.length === 0) fail('LAST_ORGANISER');
  await stores.events.setOrganiser(id, input.organisationId, input.role);
  await stores.platform.audit({ actorId: a.userId, action: 'event.organiser_set', subjectType: 'event', subjectId: id, details: { ...input } });
}

export async function removeOrganiser(stores: Stores, actor: Actor | null, id: string, organisationId: string): Promise<void> {
  const { event, actor: a } = await eventFor(stores, actor, id, 'manageOrganisers');
  if (!event.organisers.some((o) => o.organisationId === organisationId)) fail('ORGANISATION_NOT_FOUND');
  if (!event.organisers.some((o) => o.role === 'organiser' && o.organisationId !== organisationId)) {
    fail('LAST_ORGANISER');
  }
  await stores.events.removeOrganiser(id, organisationId);
  await stores.platform.audit({ actorId: a.userId, action: 'event.organiser_removed', subjectType: 'event', subjectId: id, details: { organisationId } });
}

export function eventListFilter(actor: Actor | null, query: { kind?: EventListFilter['kind']; when?: EventListFilter['when']; mine?: boolean; parentEventId?: string; limit?: number }, today: string): EventListFilter {
  return {
    kind: query.kind,
    when: query.when ?? 'upcoming',
    today,
    parentEventId: query.parentEventId,
    organiserOrganisationIds: actor ? [...actor.memberships.keys()] : [],
    mineForUserId: query.mine && actor ? actor.userId : undefined,
    includeAllDrafts: !!actor?.isPlatformAdmin,
    limit: query.limit ?? 50,
  };
}
