/** Programmes (calls, competitions, case selections): applications, review, ranking and decisions. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Answer, DecisionInput, Eligibility, FormQuestion, ProgrammeRound, ReviewSettings } from '../../domain/programmes/schema';
import type { ApplicationStatus, CoApplicantStatus, Decision, ProgrammeKind, ProgrammeStatus, ReviewerRole } from '../../domain/programmes/vocab';
import { apiFetch } from './client';
import type { Localised } from './events';

export type { Answer, FormQuestion };

export interface ProgrammeDto {
  id: string;
  organisationId: string;
  organisationName: string;
  kind: ProgrammeKind;
  status: ProgrammeStatus;
  title: Localised;
  description: Localised;
  defaultLanguage: string;
  sectors: string[];
  budgetMinor: number | null;
  currency: string | null;
  rounds: ProgrammeRound[];
  eligibility: Eligibility;
  form: FormQuestion[];
  review: ReviewSettings;
  myReviewerRole: ReviewerRole | null;
  demo: boolean;
  version: number;
  abilities: Record<'edit' | 'open' | 'close' | 'decide' | 'archive' | 'manageReview' | 'decideApplications' | 'apply' | 'review' | 'judge', boolean>;
}

export interface ApplicantOrgDto {
  organisationId: string;
  name: string;
  type: string;
  country: string;
}

export interface ApplicationDto {
  id: string;
  programmeId: string;
  status: ApplicationStatus;
  title: string;
  summary: string;
  sectors: string[];
  requestedMinor: number | null;
  answers: Record<string, Answer>;
  lead: ApplicantOrgDto | null;
  coApplicants: Array<ApplicantOrgDto & { status: CoApplicantStatus }>;
  submittedAt: string | null;
  decision: Decision | null;
  decisionNote: string | null;
  awardedMinor: number | null;
  resubmitBy: string | null;
  viewerRole: 'applicant' | 'partner' | 'organiser' | 'reviewer' | 'juror';
  blinded: boolean;
  version: number;
  abilities: Record<'edit' | 'submit' | 'withdraw' | 'decide', boolean>;
}

export interface AssignmentDto {
  id: string;
  applicationId: string;
  reviewer: { userId: string; displayName: string } | null;
  scores: Record<string, number>;
  comment: string;
  submittedAt: string | null;
  application: ApplicationDto | null;
}

export interface RankingRowDto {
  rank: number;
  applicationId: string;
  title: string;
  applicant: string;
  applicantCountry: string;
  status: ApplicationStatus;
  requestedMinor: number | null;
  awardedMinor: number | null;
  reviewCount: number;
  rawMean: number | null;
  normalised: number | null;
}

const keys = {
  all: ['programmes'] as const,
  list: (kind?: string) => ['programmes', 'list', kind ?? ''] as const,
  one: (id: string) => ['programmes', 'one', id] as const,
  applications: (id: string) => ['programmes', 'applications', id] as const,
  application: (id: string) => ['programmes', 'application', id] as const,
  assignments: (id: string) => ['programmes', 'assignments', id] as const,
  ranking: (id: string, roundId?: string) => ['programmes', 'ranking', id, roundId ?? ''] as const,
};

export const useProgrammes = (kind?: ProgrammeKind) =>
  useQuery({ queryKey: keys.list(kind), queryFn: () => apiFetch<{ items: ProgrammeDto[] }>(`/programmes${kind ? `?kind=${kind}` : ''}`) });
export const useProgramme = (id: string) => useQuery({ queryKey: keys.one(id), queryFn: () => apiFetch<ProgrammeDto>(`/programmes/${id}`) });
export const useApplications = (programmeId: string, enabled = true) =>
  useQuery({ queryKey: keys.applications(programmeId), enabled, queryFn: () => apiFetch<{ items: ApplicationDto[] }>(`/programmes/${programmeId}/applications`) });
export const useApplication = (id: string) => useQuery({ queryKey: keys.application(id), queryFn: () => apiFetch<ApplicationDto>(`/programme-applications/${id}`) });
export const useAssignments = (programmeId: string, enabled = true) =>
  useQuery({ queryKey: keys.assignments(programmeId), enabled, queryFn: () => apiFetch<{ items: AssignmentDto[] }>(`/programmes/${programmeId}/assignments`) });
export const useRanking = (programmeId: string, roundId: string | undefined, enabled = true) =>
  useQuery({
    queryKey: keys.ranking(programmeId, roundId),
    enabled,
    queryFn: () => apiFetch<{ roundId: string | null; items: RankingRowDto[] }>(`/programmes/${programmeId}/ranking${roundId ? `?roundId=${roundId}` : ''}`),
  });

/** Every programme query is refreshed after a write: the area is small and its views depend on one another. */
function useWrite<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: keys.all }) });
}

export const useProgrammeTransition = () =>
  useWrite(({ id, verb }: { id: string; verb: 'open' | 'close' | 'decide' | 'archive' }) => apiFetch<ProgrammeDto>(`/programmes/${id}/${verb}`, { method: 'POST' }));
export const useCreateApplication = () =>
  useWrite(({ programmeId, ...body }: { programmeId: string; organisationId: string; title: string }) =>
    apiFetch<ApplicationDto>(`/programmes/${programmeId}/applications`, { method: 'POST', body }),
  );
export const useUpdateApplication = () =>
  useWrite(({ id, ...body }: { id: string; version: number; title?: string; summary?: string; answers?: Record<string, Answer> }) =>
    apiFetch<ApplicationDto>(`/programme-applications/${id}`, { method: 'PATCH', body }),
  );
export const useApplicationAction = () =>
  useWrite(({ id, action }: { id: string; action: 'submit' | 'withdraw' }) => apiFetch<ApplicationDto>(`/programme-applications/${id}/${action}`, { method: 'POST' }));
export const useInviteCoApplicant = () =>
  useWrite(({ id, organisationId }: { id: string; organisationId: string }) =>
    apiFetch<ApplicationDto>(`/programme-applications/${id}/co-applicants`, { method: 'POST', body: { organisationId } }),
  );
export const useAnswerCoApplication = () =>
  useWrite(({ id, organisationId, accept }: { id: string; organisationId: string; accept: boolean }) =>
    apiFetch<ApplicationDto>(`/programme-applications/${id}/co-applicants/${organisationId}/answer`, { method: 'POST', body: { accept } }),
  );
export const useSaveReview = () =>
  useWrite(({ id, ...body }: { id: string; scores: Record<string, number>; comment: string; submit: boolean }) =>
    apiFetch<null>(`/programme-assignments/${id}/review`, { method: 'PUT', body }),
  );
export const useAutoAssign = () =>
  useWrite((programmeId: string) => apiFetch<{ assigned: number; shortfalls: Array<{ applicationId: string; missing: number }> }>(`/programmes/${programmeId}/assignments/auto`, { method: 'POST', body: {} }));
export const useDecide = () =>
  useWrite(({ id, ...body }: DecisionInput & { id: string }) => apiFetch<ApplicationDto>(`/programme-applications/${id}/decision`, { method: 'POST', body }));
