/**
 * Where the caller stands in an event's 1:1 meetings: organiser (plans the schedule), confirmed
 * participant (requests, availability, agenda), both, or neither yet.
 */
import type { EventDto } from '../api/events';
import { useCurrentUser, useMe } from '../api/auth';
import { useMeetingSetup } from '../api/meetings';
import type { RegistrationDto } from '../events/registrations/api';
import { useMyRegistration } from '../events/registrations/api';

/** Event kinds whose programme has room for 1:1 matchmaking. */
const MATCHMAKING_KINDS: ReadonlySet<EventDto['kind']> = new Set(['matchmaking_day', 'forum', 'sub_forum', 'exhibition', 'roadshow']);

export function isMatchmakingEvent(event: EventDto): boolean {
  return MATCHMAKING_KINDS.has(event.kind) && event.status !== 'cancelled';
}

export interface MeetingRole {
  loading: boolean;
  loggedIn: boolean;
  organiser: boolean;
  participant: boolean;
  /** The caller's registration when they are not an organiser (organisers are told by the set-up). */
  registration: RegistrationDto | null;
}

export function useMeetingRole(event: EventDto): MeetingRole {
  const me = useMe();
  const user = useCurrentUser();
  const organiser = event.abilities.manageMeetings;
  // Organisers learn whether they also take part from the set-up (no 404 for "not registered"); everyone
  // else from their registration.
  const setup = useMeetingSetup(event.id, organiser);
  const registration = useMyRegistration(event.id, Boolean(user) && !organiser && event.myRegistration !== null);
  const loading = me.isPending || (organiser ? setup.isPending : Boolean(user) && event.myRegistration !== null && registration.isPending);
  const participant = organiser ? Boolean(setup.data?.mine) : registration.data?.status === 'confirmed';
  return { loading, loggedIn: Boolean(user), organiser, participant, registration: organiser ? null : (registration.data ?? null) };
}
