import type { Actor } from '../ports.js';
import type { EventView } from './store.js';

/**
 * Who may do what with an event. Organisers are members of an organising organisation: `organiser`
 * organisations have full control; `co_organiser` organisations run the event (programme, registrations,
 * check-in, meetings) but cannot change the organisers, publish, cancel or delete it. Platform admins
 * may do everything.
 */
export type EventAction =
  | 'view'
  | 'edit'
  | 'publish'
  | 'cancel'
  | 'delete'
  | 'manageOrganisers'
  | 'manageProgramme'
  | 'manageRegistrations'
  | 'checkIn'
  | 'manageMeetings'
  | 'register';

export function organiserRole(actor: Actor | null, event: Pick<EventView, 'organisers'>): 'organiser' | 'co_organiser' | null {
  if (!actor) return null;
  let role: 'organiser' | 'co_organiser' | null = null;
  for (const o of event.organisers) {
    if (!actor.memberships.has(o.organisationId)) continue;
    if (o.role === 'organiser') return 'organiser';
    role = 'co_organiser';
  }
  return role;
}

export function isEventStaff(actor: Actor | null, event: Pick<EventView, 'organisers'>): boolean {
  return !!actor?.isPlatformAdmin || organiserRole(actor, event) !== null;
}

export function canOnEvent(actor: Actor | null, action: EventAction, event: EventView): boolean {
  const role = actor?.isPlatformAdmin ? 'organiser' : organiserRole(actor, event);
  const live = event.status !== 'draft';
  switch (action) {
    case 'view':
      return live || role !== null;
    case 'edit':
    case 'manageProgramme':
    case 'manageRegistrations':
    case 'checkIn':
    case 'manageMeetings':
      return role !== null && event.status !== 'cancelled';
    case 'publish':
      return role === 'organiser' && event.status === 'draft';
    case 'cancel':
      return role === 'organiser' && event.status === 'published';
    case 'delete':
      return role === 'organiser' && event.status === 'draft';
    case 'manageOrganisers':
      return role === 'organiser' && event.status !== 'cancelled';
    case 'register':
      return !!actor && event.status === 'published' && event.registrationMode !== 'closed';
  }
}

export function eventAbilities(actor: Actor | null, event: EventView) {
  return {
    edit: canOnEvent(actor, 'edit', event),
    publish: canOnEvent(actor, 'publish', event),
    cancel: canOnEvent(actor, 'cancel', event),
    delete: canOnEvent(actor, 'delete', event),
    manageOrganisers: canOnEvent(actor, 'manageOrganisers', event),
    manageProgramme: canOnEvent(actor, 'manageProgramme', event),
    manageRegistrations: canOnEvent(actor, 'manageRegistrations', event),
    checkIn: canOnEvent(actor, 'checkIn', event),
    manageMeetings: canOnEvent(actor, 'manageMeetings', event),
    register: canOnEvent(actor, 'register', event),
  };
}
