/** Typed calls for registrations, check-in, participants, delegations, exhibitors and the marketplace. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CheckInInput,
  DelegationInput,
  DelegationPatch,
  ExhibitorInput,
  ExhibitorPatch,
  RegistrationInput,
  RegistrationPatch,
} from '../../../domain/events/registration-schema';
import type { ParticipantType, RegistrationStatus } from '../../../domain/events/vocab';
import { apiFetch, type QueryValue } from '../../api/client';
import { eventKeys } from '../../api/events';
import type { Listing, ListingType } from '../../api/types';

export type { CheckInInput, DelegationInput, ExhibitorInput, RegistrationInput };
export type Answer = string | string[] | boolean;

export interface RegistrationDto {
  id: string;
  eventId: string;
  userId: string;
  status: RegistrationStatus;
  participantType: ParticipantType;
  displayName: string;
  email: string | null;
  organisationId: string | null;
  organisationName: string | null;
  country: string;
  languages: string[];
  interpreterNeeds: string | null;
  offerListingIds: string[];
  seekListingIds: string[];
  answers: Record<string, Answer>;
  waitlistedAt: string | null;
  waitlistPosition: number | null;
  decisionReason: string | null;
  ticketCode: string | null;
  calendarFeedPath: string | null;
  checkedInAt: string | null;
  cancelledAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  abilities: { edit: boolean; cancel: boolean; approve: boolean; decline: boolean; showTicket: boolean };
}

export type RegistrationCounts = Record<RegistrationStatus, number>;

export interface RegistrationList {
  items: RegistrationDto[];
  counts: RegistrationCounts;
  capacity: number | null;
  freePlaces: number | null;
}

export interface ListingSummary {
  id: string;
  type: ListingType;
  title: string;
}

export interface ParticipantDto {
  registrationId: string;
  displayName: string;
  organisationId: string | null;
  organisationName: string | null;
  country: string;
  participantType: ParticipantType;
  languages: string[];
  delegationIds: string[];
  offers: ListingSummary[];
  seeks: ListingSummary[];
}

export interface BadgeDto {
  registrationId: string;
  displayName: string;
  organisationName: string | null;
  participantType: ParticipantType;
  country: string;
  languages: string[];
  interpreterNeeds: string | null;
  status: RegistrationStatus;
  checkedInAt: string | null;
}

export interface CheckInResult {
  alreadyCheckedIn: boolean;
  day: string;
  scannedAt: string;
  participant: BadgeDto;
}

export interface AttendanceDto {
  confirmed: number;
  checkedIn: number;
  days: Array<{ day: string; count: number; byParticipantType: Record<string, number> }>;
  byParticipantType: Record<string, number>;
  items: Array<{ participant: BadgeDto; days: string[] }>;
}

export interface DelegationDto {
  id: string;
  eventId: string;
  kind: 'country' | 'organisation';
  name: string;
  country: string | null;
  organisationId: string | null;
  leaderRegistrationId: string | null;
  memberRegistrationIds: string[];
  members: Array<{ registrationId: string; displayName: string; organisationName: string | null; country: string; participantType: ParticipantType }>;
  createdAt: string;
}

export interface ExhibitorDto {
  id: string;
  eventId: string;
  organisation: { id: string; name: string; country: string };
  boothNumber: string;
  hall: string | null;
  areaSqm: number | null;
  listings: ListingSummary[];
  createdAt: string;
}

export interface MarketplaceItem {
  listing: Listing;
  sources: Array<'offer' | 'seek' | 'exhibitor'>;
}

export interface RegistrationFilters {
  status?: RegistrationStatus[];
  participantType?: ParticipantType[];
  country?: string[];
  q?: string;
}

const base = (id: string) => `/events/${encodeURIComponent(id)}`;

export const registrationKeys = {
  all: (eventId: string) => ['event-registrations', eventId] as const,
  mine: (eventId: string) => ['event-registrations', eventId, 'me'] as const,
  list: (eventId: string, filters: RegistrationFilters) => ['event-registrations', eventId, 'list', filters] as const,
  attendance: (eventId: string) => ['event-registrations', eventId, 'attendance'] as const,
  participants: (eventId: string, filters: Record<string, QueryValue>) => ['event-registrations', eventId, 'participants', filters] as const,
  delegations: (eventId: string) => ['event-registrations', eventId, 'delegations'] as const,
  exhibitors: (eventId: string) => ['event-registrations', eventId, 'exhibitors'] as const,
  marketplace: (eventId: string, filters: Record<string, QueryValue>) => ['event-registrations', eventId, 'marketplace', filters] as const,
};

/** The caller's registration, or null when there is none (404 is an answer here, not a failure). */
export function useMyRegistration(eventId: string, enabled: boolean) {
  return useQuery({
    queryKey: registrationKeys.mine(eventId),
    queryFn: async () => {
      try {
        return await apiFetch<RegistrationDto>(`${base(eventId)}/registrations/me`);
      } catch (error) {
        if ((error as { code?: string }).code === 'REGISTRATION_NOT_FOUND') return null;
        throw error;
      }
    },
    enabled,
  });
}

/** Registrations change counts, the programme's sign-up rights and the event's lists. */
function useRegistrationWritten(eventId: string) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: registrationKeys.all(eventId) });
    void client.invalidateQueries({ queryKey: eventKeys.programme(eventId) });
    void client.invalidateQueries({ queryKey: eventKeys.all });
  };
}

export function useRegister(eventId: string) {
  const written = useRegistrationWritten(eventId);
  return useMutation({
    mutationFn: (input: RegistrationInput) => apiFetch<RegistrationDto>(`${base(eventId)}/registrations`, { method: 'POST', body: input }),
    onSuccess: written,
  });
}

export function useUpdateMyRegistration(eventId: string) {
  const written = useRegistrationWritten(eventId);
  return useMutation({
    mutationFn: (patch: RegistrationPatch) => apiFetch<RegistrationDto>(`${base(eventId)}/registrations/me`, { method: 'PATCH', body: patch }),
    onSuccess: written,
  });
}

export type Decision = 'approve' | 'decline' | 'cancel';

export function useDecideRegistration(eventId: string) {
  const written = useRegistrationWritten(eventId);
  return useMutation({
    mutationFn: ({ registrationId, decision, reason }: { registrationId: string; decision: Decision; reason?: string }) =>
      apiFetch<RegistrationDto>(`${base(eventId)}/registrations/${encodeURIComponent(registrationId)}/${decision}`, { method: 'POST', body: reason ? { reason } : {} }),
    onSuccess: written,
  });
}

export function useRegistrations(eventId: string, filters: RegistrationFilters, enabled = true) {
  return useQuery({
    queryKey: registrationKeys.list(eventId, filters),
    queryFn: () => apiFetch<RegistrationList>(`${base(eventId)}/registrations`, { query: { ...filters } }),
    enabled,
  });
}

export function exportRegistrationsUrl(eventId: string, format: 'csv' | 'xlsx'): string {
  return `/api${base(eventId)}/registrations/export?format=${format}`;
}

export function ticketSvgUrl(eventId: string, version: number): string {
  // The version changes when the ticket code does (a new registration), so the image is fetched again.
  return `/api${base(eventId)}/registrations/me/ticket.svg?v=${version}`;
}

export function useCheckIn(eventId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CheckInInput) => apiFetch<CheckInResult>(`${base(eventId)}/check-in`, { method: 'POST', body: input }),
    onSuccess: () => void client.invalidateQueries({ queryKey: registrationKeys.attendance(eventId) }),
  });
}

export function useAttendance(eventId: string) {
  return useQuery({ queryKey: registrationKeys.attendance(eventId), queryFn: () => apiFetch<AttendanceDto>(`${base(eventId)}/attendance`) });
}

export function useParticipants(eventId: string, filters: { q?: string; participantType?: string[]; country?: string[] }, enabled = true) {
  return useQuery({
    queryKey: registrationKeys.participants(eventId, filters),
    queryFn: () => apiFetch<{ items: ParticipantDto[]; total: number }>(`${base(eventId)}/participants`, { query: { ...filters } }),
    enabled,
  });
}

export function useDelegations(eventId: string, enabled = true) {
  return useQuery({ queryKey: registrationKeys.delegations(eventId), queryFn: () => apiFetch<{ items: DelegationDto[] }>(`${base(eventId)}/delegations`), enabled });
}

export function useSaveDelegation(eventId: string) {
  const written = useRegistrationWritten(eventId);
  return useMutation({
    mutationFn: ({ delegationId, ...body }: (DelegationInput | DelegationPatch) & { delegationId?: string }) =>
      delegationId
        ? apiFetch<DelegationDto>(`${base(eventId)}/delegations/${encodeURIComponent(delegationId)}`, { method: 'PATCH', body })
        : apiFetch<DelegationDto>(`${base(eventId)}/delegations`, { method: 'POST', body }),
    onSuccess: written,
  });
}

export function useDeleteDelegation(eventId: string) {
  const written = useRegistrationWritten(eventId);
  return useMutation({
    mutationFn: (delegationId: string) => apiFetch<void>(`${base(eventId)}/delegations/${encodeURIComponent(delegationId)}`, { method: 'DELETE' }),
    onSuccess: written,
  });
}

export function useExhibitors(eventId: string) {
  return useQuery({
    queryKey: registrationKeys.exhibitors(eventId),
    queryFn: () => apiFetch<{ items: ExhibitorDto[]; count: number; totalAreaSqm: number }>(`${base(eventId)}/exhibitors`),
  });
}

export function useSaveExhibitor(eventId: string) {
  const written = useRegistrationWritten(eventId);
  return useMutation({
    mutationFn: ({ exhibitorId, ...body }: (ExhibitorInput | ExhibitorPatch) & { exhibitorId?: string }) =>
      exhibitorId
        ? apiFetch<ExhibitorDto>(`${base(eventId)}/exhibitors/${encodeURIComponent(exhibitorId)}`, { method: 'PATCH', body })
        : apiFetch<ExhibitorDto>(`${base(eventId)}/exhibitors`, { method: 'POST', body }),
    onSuccess: written,
  });
}

export function useDeleteExhibitor(eventId: string) {
  const written = useRegistrationWritten(eventId);
  return useMutation({
    mutationFn: (exhibitorId: string) => apiFetch<void>(`${base(eventId)}/exhibitors/${encodeURIComponent(exhibitorId)}`, { method: 'DELETE' }),
    onSuccess: written,
  });
}

export function useMarketplace(eventId: string, filters: { q?: string; type?: string[] }) {
  return useQuery({
    queryKey: registrationKeys.marketplace(eventId, filters),
    queryFn: () => apiFetch<{ items: MarketplaceItem[]; nextCursor: string | null; total: number }>(`${base(eventId)}/marketplace`, { query: { ...filters, limit: 50 } }),
  });
}
