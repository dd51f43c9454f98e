/** Events and their programme: list, detail, create/edit/lifecycle, rooms, sessions, sign-ups. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OnlineViewersInput, RoomInput, RoomPatch, SessionInput, SessionPatch } from '../../domain/events/programme-schema';
import type { EventInput, EventPatch, MeetingSettings, RegistrationForm } from '../../domain/events/schema';
import type { EventKind, EventStatus, OrganiserRole, RegistrationMode, RegistrationStatus, SessionKind } from '../../domain/events/vocab';
import { apiFetch } from './client';

export type { EventInput, EventPatch, MeetingSettings, RegistrationForm, RoomInput, SessionInput };
export type Localised = Partial<Record<string, string>>;

export interface EventAbilities {
  edit: boolean;
  publish: boolean;
  cancel: boolean;
  delete: boolean;
  manageOrganisers: boolean;
  manageProgramme: boolean;
  manageRegistrations: boolean;
  checkIn: boolean;
  manageMeetings: boolean;
  register: boolean;
}

export interface EventDto {
  id: string;
  kind: EventKind;
  parentEventId: string | null;
  status: EventStatus;
  title: Localised;
  description: Localised;
  defaultLanguage: string;
  languages: string[];
  sectors: string[];
  startsOn: string;
  endsOn: string;
  timeZone: string;
  venue: string | null;
  city: string | null;
  country: string | null;
  onlineUrl: string | null;
  registrationMode: RegistrationMode;
  capacity: number | null;
  registrationClosesAt: string | null;
  registrationForm: RegistrationForm;
  meetingSettings: MeetingSettings;
  organisers: Array<{ organisationId: string; organisationName: string; role: OrganiserRole }>;
  myOrganiserRole: OrganiserRole | null;
  /** The caller's registration (any status), or null when they have none. */
  myRegistration: { id: string; status: RegistrationStatus } | null;
  demo: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  abilities: EventAbilities;
}

export interface RoomDto {
  id: string;
  name: string;
  capacity: number | null;
  position: number;
}

export interface SessionPersonDto {
  role: 'speaker' | 'moderator' | 'panellist';
  name: string;
  organisation?: string;
  delegationId?: string;
}

export interface SessionDto {
  id: string;
  eventId: string;
  kind: SessionKind;
  title: Localised;
  description: Localised;
  track: string | null;
  roomId: string | null;
  day: string;
  start: string;
  end: string;
  startsAt: string;
  endsAt: string;
  people: SessionPersonDto[];
  capacity: number | null;
  effectiveCapacity: number | null;
  attendeeCount: number;
  placesLeft: number | null;
  attending: boolean;
  streamed: boolean;
  onlineViewers: number | null;
  version: number;
  conflicts: Array<{ sessionId: string; title: Localised; day: string; start: string; end: string }>;
}

export interface ProgrammeDto {
  event: EventDto;
  days: string[];
  rooms: RoomDto[];
  sessions: SessionDto[];
  abilities: { manageProgramme: boolean; signUp: boolean };
}

export interface EventFilters {
  when?: 'upcoming' | 'past' | 'all';
  kind?: EventKind;
  mine?: boolean;
  parentEventId?: string;
}

export const eventKeys = {
  all: ['events'] as const,
  list: (filters: EventFilters) => ['events', 'list', filters] as const,
  event: (id: string) => ['events', 'one', id] as const,
  programme: (id: string) => ['events', 'programme', id] as const,
};

const path = (id: string) => `/events/${encodeURIComponent(id)}`;

export function useEvents(filters: EventFilters) {
  return useQuery({
    queryKey: eventKeys.list(filters),
    queryFn: () => apiFetch<{ items: EventDto[] }>('/events', { query: { ...filters } }),
  });
}

export function useEvent(id: string | undefined) {
  return useQuery({ queryKey: eventKeys.event(id ?? ''), queryFn: () => apiFetch<EventDto>(path(id ?? '')), enabled: Boolean(id) });
}

export function useProgramme(id: string | undefined) {
  return useQuery({ queryKey: eventKeys.programme(id ?? ''), queryFn: () => apiFetch<ProgrammeDto>(`${path(id ?? '')}/programme`), enabled: Boolean(id) });
}

/** After any write to an event: its detail, programme and the lists are stale. */
export function useEventWritten() {
  const client = useQueryClient();
  return (id: string, event?: EventDto | null) => {
    if (event) client.setQueryData(eventKeys.event(id), event);
    else if (event === null) client.removeQueries({ queryKey: eventKeys.event(id) });
    void client.invalidateQueries({ queryKey: eventKeys.all });
  };
}

export function useCreateEvent() {
  const written = useEventWritten();
  return useMutation({
    mutationFn: (input: EventInput) => apiFetch<EventDto>('/events', { method: 'POST', body: input }),
    onSuccess: (event) => written(event.id, event),
  });
}

export function useUpdateEvent() {
  const written = useEventWritten();
  return useMutation({
    mutationFn: ({ id, ...patch }: EventPatch & { id: string }) => apiFetch<EventDto>(path(id), { method: 'PATCH', body: patch }),
    onSuccess: (event) => written(event.id, event),
  });
}

export type EventTransition = 'publish' | 'cancel' | 'delete';

export function useEventTransition() {
  const written = useEventWritten();
  return useMutation({
    mutationFn: async ({ id, action }: { id: string; action: EventTransition }) => {
      if (action === 'delete') {
        await apiFetch<void>(path(id), { method: 'DELETE' });
        return null;
      }
      return apiFetch<EventDto>(`${path(id)}/${action}`, { method: 'POST' });
    },
    onSuccess: (event, { id }) => written(id, event),
  });
}

/** Adds an organising organisation or changes its role (full organisers only; one must remain). */
export function useSetOrganiser(eventId: string) {
  const written = useEventWritten();
  return useMutation({
    mutationFn: (input: { organisationId: string; role: OrganiserRole }) => apiFetch<EventDto>(`${path(eventId)}/organisers`, { method: 'PUT', body: input }),
    onSuccess: (event) => written(eventId, event),
  });
}

export function useRemoveOrganiser(eventId: string) {
  const written = useEventWritten();
  return useMutation({
    mutationFn: (organisationId: string) => apiFetch<EventDto>(`${path(eventId)}/organisers/${encodeURIComponent(organisationId)}`, { method: 'DELETE' }),
    onSuccess: (event) => written(eventId, event),
  });
}

// ---------------------------------------------------------------------------------------------------
// Programme

function useProgrammeWritten() {
  const client = useQueryClient();
  return (eventId: string) => void client.invalidateQueries({ queryKey: eventKeys.programme(eventId) });
}

export function useSaveRoom(eventId: string) {
  const written = useProgrammeWritten();
  return useMutation({
    mutationFn: ({ roomId, ...body }: (RoomInput | RoomPatch) & { roomId?: string }) =>
      roomId
        ? apiFetch<RoomDto>(`${path(eventId)}/rooms/${encodeURIComponent(roomId)}`, { method: 'PATCH', body })
        : apiFetch<RoomDto>(`${path(eventId)}/rooms`, { method: 'POST', body }),
    onSuccess: () => written(eventId),
  });
}

export function useDeleteRoom(eventId: string) {
  const written = useProgrammeWritten();
  return useMutation({
    mutationFn: (roomId: string) => apiFetch<void>(`${path(eventId)}/rooms/${encodeURIComponent(roomId)}`, { method: 'DELETE' }),
    onSuccess: () => written(eventId),
  });
}

export function useSaveSession(eventId: string) {
  const written = useProgrammeWritten();
  return useMutation({
    mutationFn: ({ sessionId, ...body }: (SessionInput | SessionPatch) & { sessionId?: string }) =>
      sessionId
        ? apiFetch<SessionDto>(`${path(eventId)}/sessions/${encodeURIComponent(sessionId)}`, { method: 'PATCH', body })
        : apiFetch<SessionDto>(`${path(eventId)}/sessions`, { method: 'POST', body }),
    onSuccess: () => written(eventId),
  });
}

export function useDeleteSession(eventId: string) {
  const written = useProgrammeWritten();
  return useMutation({
    mutationFn: (sessionId: string) => apiFetch<void>(`${path(eventId)}/sessions/${encodeURIComponent(sessionId)}`, { method: 'DELETE' }),
    onSuccess: () => written(eventId),
  });
}

export function useSessionAttendance(eventId: string) {
  const written = useProgrammeWritten();
  return useMutation({
    mutationFn: ({ sessionId, attend }: { sessionId: string; attend: boolean }) =>
      apiFetch<SessionDto>(`${path(eventId)}/sessions/${encodeURIComponent(sessionId)}/attendance`, { method: attend ? 'POST' : 'DELETE' }),
    onSuccess: () => written(eventId),
  });
}

export function useRecordViewers(eventId: string) {
  const written = useProgrammeWritten();
  return useMutation({
    mutationFn: ({ sessionId, count }: OnlineViewersInput & { sessionId: string }) =>
      apiFetch<SessionDto>(`${path(eventId)}/sessions/${encodeURIComponent(sessionId)}/online-viewers`, { method: 'PUT', body: { count } }),
    onSuccess: () => written(eventId),
  });
}
