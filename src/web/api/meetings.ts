/**
 * 1:1 meetings of an event: set-up (slots, tables, availability), requests and answers, the organisers'
 * schedule with its scheduler runs, hand moves and publishing, and the participant's agenda.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DeclineReason, MeetingStatus, ParticipantType } from '../../domain/events/vocab';
import type {
  AttendanceInput,
  AvailabilityInput,
  DeclineInput,
  MeetingPatch,
  MeetingRequestInput,
  OutcomeInput,
  PlaceInput,
  ScheduleRunInput,
  SlotBlock,
  SlotPlanInput,
  TablesInput,
} from '../../domain/meetings/schema';
import { apiFetch } from './client';

export type { AvailabilityInput, DeclineInput, MeetingRequestInput, OutcomeInput, PlaceInput, SlotBlock, SlotPlanInput, TablesInput };

export interface ParticipantSummaryDto {
  /** Registration id. */
  id: string;
  displayName: string;
  organisationName: string | null;
  country: string;
  participantType: ParticipantType;
}

export interface MeetingPlaceDto {
  slotId: string;
  tableId: string;
  startsAt: string;
  endsAt: string;
  tableLabel: string;
  tableLocation: string | null;
}

export type MeetingSide = 'requester' | 'receiver' | 'delegate';
export type Attendance = 'held' | 'no_show';

export interface MeetingDto {
  id: string;
  eventId: string;
  status: MeetingStatus;
  mySide: MeetingSide | null;
  requester: ParticipantSummaryDto | null;
  receiver: ParticipantSummaryDto | null;
  delegation: { id: string; name: string } | null;
  message: string;
  declineReason: DeclineReason | null;
  declineNote: string | null;
  priority: number;
  expiresAt: string;
  respondedAt: string | null;
  createdAt: string;
  fixed: boolean;
  /** Where the organisers' draft puts it (organisers only). */
  draft: MeetingPlaceDto | null;
  /** The published place participants see. */
  place: MeetingPlaceDto | null;
  onlineUrl: string | null;
  attendance: { requester: Attendance | null; receiver: Attendance | null };
  outcome: { kind: string; cooperationType: string; estimatedValueMinor: number | null; currency: string | null; note: string | null; at: string } | null;
  version: number;
  abilities: { answer: boolean; cancel: boolean; record: boolean; setLink: boolean; organise: boolean };
}

export interface MeetingSlotDto {
  id: string;
  ordinal: number;
  startsAt: string;
  endsAt: string;
  session: 'am' | 'pm';
}

export interface MeetingTableDto {
  id: string;
  label: string;
  location: string | null;
}

export interface MeetingSetupDto {
  slots: MeetingSlotDto[];
  tables: MeetingTableDto[];
  timeZone: string;
  mine: { registrationId: string; unavailableSlotIds: string[]; maxMeetings: number } | null;
}

export type ScheduleRunStatus = 'queued' | 'running' | 'done' | 'failed';

export interface ScheduleRunDto {
  id: string;
  mode: 'all' | 'unbooked';
  status: ScheduleRunStatus;
  timeLimitMs: number;
  /** placed, requested, breaks, fairnessGap, upperBound, solver, optimal, infeasible… (see readRunResult). */
  result: Record<string, unknown> | null;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface ScheduleParticipantDto {
  id: string;
  displayName: string;
  organisationName: string | null;
  country: string;
  unavailableSlotIds: string[];
  maxMeetings: number | null;
}

export interface ScheduleQuality {
  requested: number;
  placed: number;
  breaks: number;
  idlePeriods: number;
  fairnessGap: number;
  violations: number;
}

export interface ScheduleDto {
  timeZone: string;
  slots: MeetingSlotDto[];
  tables: MeetingTableDto[];
  participants: ScheduleParticipantDto[];
  meetings: MeetingDto[];
  latestRun: ScheduleRunDto | null;
  quality: ScheduleQuality;
  unpublishedChanges: number;
}

export interface AgendaItemDto {
  kind: 'session' | 'meeting';
  id: string;
  startsAt: string;
  endsAt: string;
  title: string;
  location: string | null;
  tableLabel: string | null;
  onlineUrl: string | null;
  sessionKind: string | null;
  with: { id: string; displayName: string; organisationName: string | null; country: string } | null;
}

export interface AgendaDto {
  eventId: string;
  timeZone: string;
  participant: { id: string; displayName: string; organisationName: string | null };
  calendarFeedPath: string;
  items: AgendaItemDto[];
}

/** What a finished scheduler run reports, read defensively: the API types it as an open record. */
export interface ScheduleRunResult {
  requested: number | null;
  placed: number | null;
  upperBound: number | null;
  breaks: number | null;
  idlePeriods: number | null;
  fairnessGap: number | null;
  solver: string | null;
  optimal: boolean | null;
  infeasible: boolean | null;
  infeasibilityReasons: string[];
  unplacedMeetingIds: string[];
  seconds: number | null;
}

export function readRunResult(result: Record<string, unknown> | null): ScheduleRunResult | null {
  if (!result) return null;
  const num = (k: string) => (typeof result[k] === 'number' ? (result[k] as number) : null);
  const bool = (k: string) => (typeof result[k] === 'boolean' ? (result[k] as boolean) : null);
  const strings = (k: string) => {
    const v = result[k];
    return Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))) : [];
  };
  return {
    requested: num('requested'),
    placed: num('placed'),
    upperBound: num('upperBound'),
    breaks: num('breaks'),
    idlePeriods: num('idlePeriods'),
    fairnessGap: num('fairnessGap'),
    solver: typeof result.solver === 'string' ? result.solver : null,
    optimal: bool('optimal'),
    infeasible: bool('infeasible'),
    infeasibilityReasons: strings('infeasibilityReasons'),
    unplacedMeetingIds: strings('unplacedMeetingIds'),
    seconds: num('seconds'),
  };
}

/** Details of a SCHEDULE_CONFLICT answer to a hand move. */
export interface ScheduleConflictDetail {
  kind: 'participant_busy' | 'table_taken' | 'participant_unavailable';
  meetingId?: string;
  participantId?: string;
}

export function readConflicts(details: unknown): ScheduleConflictDetail[] {
  const list = (details as { conflicts?: unknown } | null)?.conflicts;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (c): c is ScheduleConflictDetail =>
      typeof c === 'object' && c !== null && ['participant_busy', 'table_taken', 'participant_unavailable'].includes(String((c as { kind?: unknown }).kind)),
  );
}

const base = (eventId: string) => `/events/${encodeURIComponent(eventId)}`;
const meetingPath = (eventId: string, meetingId: string) => `${base(eventId)}/meetings/${encodeURIComponent(meetingId)}`;

export const meetingKeys = {
  all: (eventId: string) => ['meetings', eventId] as const,
  setup: (eventId: string) => ['meetings', eventId, 'setup'] as const,
  mine: (eventId: string) => ['meetings', eventId, 'mine'] as const,
  event: (eventId: string) => ['meetings', eventId, 'event'] as const,
  schedule: (eventId: string) => ['meetings', eventId, 'schedule'] as const,
  run: (eventId: string, runId: string) => ['meetings', eventId, 'run', runId] as const,
  agenda: (eventId: string, lang: string) => ['meetings', eventId, 'agenda', lang] as const,
};

/** Files the browser downloads itself (the session cookie goes along). */
export const meetingFiles = {
  agendaIcs: (eventId: string) => `/api${base(eventId)}/agenda.ics`,
  meetingIcs: (eventId: string, meetingId: string) => `/api${meetingPath(eventId, meetingId)}/ics`,
  feedUrl: (calendarFeedPath: string) => new URL(calendarFeedPath, window.location.origin).toString(),
};

export function useMeetingSetup(eventId: string, enabled = true) {
  return useQuery({ queryKey: meetingKeys.setup(eventId), queryFn: () => apiFetch<MeetingSetupDto>(`${base(eventId)}/meeting-setup`), enabled });
}

export function useMyMeetings(eventId: string, enabled = true) {
  return useQuery({ queryKey: meetingKeys.mine(eventId), queryFn: () => apiFetch<{ items: MeetingDto[] }>(`${base(eventId)}/meetings/mine`), enabled });
}

export function useEventMeetings(eventId: string, enabled = true) {
  return useQuery({ queryKey: meetingKeys.event(eventId), queryFn: () => apiFetch<{ items: MeetingDto[] }>(`${base(eventId)}/meetings`), enabled });
}

export function useSchedule(eventId: string, enabled = true) {
  return useQuery({ queryKey: meetingKeys.schedule(eventId), queryFn: () => apiFetch<ScheduleDto>(`${base(eventId)}/schedule`), enabled });
}

const finished = (status: ScheduleRunStatus | undefined) => status === 'done' || status === 'failed';

/** A scheduler run, polled every second until it is done or has failed. */
export function useScheduleRun(eventId: string, runId: string | null) {
  return useQuery({
    queryKey: meetingKeys.run(eventId, runId ?? ''),
    queryFn: () => apiFetch<ScheduleRunDto>(`${base(eventId)}/schedule-runs/${encodeURIComponent(runId ?? '')}`),
    enabled: Boolean(runId),
    refetchInterval: (query) => (finished(query.state.data?.status) ? false : 1000),
  });
}

export function useAgenda(eventId: string, lang: string, enabled = true) {
  return useQuery({
    queryKey: meetingKeys.agenda(eventId, lang),
    queryFn: () => apiFetch<AgendaDto>(`${base(eventId)}/agenda`, { query: { lang } }),
    enabled,
  });
}

/** Any meeting write makes every meetings view of the event stale (requests, schedule, agenda). */
function useMeetingsWritten(eventId: string) {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: meetingKeys.all(eventId) });
}

export function useRequestMeeting(eventId: string) {
  const written = useMeetingsWritten(eventId);
  return useMutation({
    mutationFn: (input: MeetingRequestInput) => apiFetch<MeetingDto>(`${base(eventId)}/meetings`, { method: 'POST', body: input }),
    onSuccess: written,
  });
}

export type MeetingAnswer = { meetingId: string; verb: 'accept' | 'cancel' } | { meetingId: string; verb: 'decline'; body: DeclineInput };

export function useAnswerMeeting(eventId: string) {
  const written = useMeetingsWritten(eventId);
  return useMutation({
    mutationFn: (answer: MeetingAnswer) =>
      apiFetch<MeetingDto>(`${meetingPath(eventId, answer.meetingId)}/${answer.verb}`, { method: 'POST', body: answer.verb === 'decline' ? answer.body : undefined }),
    onSuccess: written,
  });
}

export function useUpdateMeeting(eventId: string) {
  const written = useMeetingsWritten(eventId);
  return useMutation({
    mutationFn: ({ meetingId, ...patch }: MeetingPatch & { meetingId: string }) => apiFetch<MeetingDto>(meetingPath(eventId, meetingId), { method: 'PATCH', body: patch }),
    onSuccess: written,
  });
}

export function useRecordAttendance(eventId: string) {
  const written = useMeetingsWritten(eventId);
  return useMutation({
    mutationFn: ({ meetingId, ...body }: AttendanceInput & { meetingId: string }) => apiFetch<MeetingDto>(`${meetingPath(eventId, meetingId)}/attendance`, { method: 'PUT', body }),
    onSuccess: written,
  });
}

export function useRecordOutcome(eventId: string) {
  const written = useMeetingsWritten(eventId);
  return useMutation({
    mutationFn: ({ meetingId, ...body }: OutcomeInput & { meetingId: string }) => apiFetch<MeetingDto>(`${meetingPath(eventId, meetingId)}/outcome`, { method: 'PUT', body }),
    onSuccess: written,
  });
}

export function useSetMyAvailability(eventId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AvailabilityInput) => apiFetch<MeetingSetupDto>(`${base(eventId)}/meeting-availability`, { method: 'PUT', body: input }),
    onSuccess: (setup) => client.setQueryData(meetingKeys.setup(eventId), setup),
  });
}

export function useSetMeetingSlots(eventId: string) {
  const written = useMeetingsWritten(eventId);
  return useMutation({
    mutationFn: (input: SlotPlanInput) => apiFetch<MeetingSetupDto>(`${base(eventId)}/meeting-slots`, { method: 'PUT', body: input }),
    onSuccess: written,
  });
}

export function useSetMeetingTables(eventId: string) {
  const written = useMeetingsWritten(eventId);
  return useMutation({
    mutationFn: (input: TablesInput) => apiFetch<MeetingSetupDto>(`${base(eventId)}/meeting-tables`, { method: 'PUT', body: input }),
    onSuccess: written,
  });
}

export function useSetParticipantAvailability(eventId: string) {
  const written = useMeetingsWritten(eventId);
  return useMutation({
    mutationFn: ({ registrationId, ...body }: AvailabilityInput & { registrationId: string }) =>
      apiFetch<void>(`${base(eventId)}/participants/${encodeURIComponent(registrationId)}/meeting-availability`, { method: 'PUT', body }),
    onSuccess: written,
  });
}

export function useQueueScheduleRun(eventId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ScheduleRunInput) => apiFetch<ScheduleRunDto>(`${base(eventId)}/schedule-runs`, { method: 'POST', body: input }),
    onSuccess: (run) => client.setQueryData(meetingKeys.run(eventId, run.id), run),
  });
}

export function usePlaceMeeting(eventId: string) {
  const written = useMeetingsWritten(eventId);
  return useMutation({
    mutationFn: ({ meetingId, ...body }: PlaceInput & { meetingId: string }) => apiFetch<MeetingDto>(`${meetingPath(eventId, meetingId)}/place`, { method: 'PUT', body }),
    onSuccess: written,
  });
}

export function usePublishSchedule(eventId: string) {
  const written = useMeetingsWritten(eventId);
  return useMutation({
    mutationFn: () => apiFetch<{ changed: number }>(`${base(eventId)}/schedule/publish`, { method: 'POST' }),
    onSuccess: written,
  });
}
