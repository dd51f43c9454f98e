/** The registries: agreements and memoranda; training programmes, batches and trainee lists. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgreementInput, AgreementPatch } from '../../domain/agreements/schema';
import type { AgreementKind, AgreementStatus, AgreementVisibility } from '../../domain/agreements/vocab';
import type { TraineeInput, TrainingBatchInput, TrainingBatchPatch, TrainingProgrammeInput, TrainingProgrammePatch } from '../../domain/trainings/schema';
import type { TrainingMode } from '../../domain/trainings/vocab';
import { apiFetch, toQueryString } from './client';

const A = '/registries/agreements';

export type { AgreementInput, TraineeInput, TrainingBatchInput, TrainingProgrammeInput };
export type Localised = Partial<Record<string, string>>;

export interface AgreementParty {
  organisationId: string | null;
  name: string;
  country: string | null;
  region: string | null;
}

export interface AgreementLink {
  id: string;
  title: Localised;
  defaultLanguage: string;
  signedOn: string;
}

export interface AgreementDto {
  id: string;
  kind: AgreementKind;
  status: AgreementStatus;
  title: Localised;
  defaultLanguage: string;
  parties: AgreementParty[];
  countries: string[];
  sectors: string[];
  signedOn: string;
  validFrom: string | null;
  validUntil: string | null;
  terminatedOn: string | null;
  renewedFromId: string | null;
  event: { id: string; title: Localised; defaultLanguage: string } | null;
  visibility: AgreementVisibility;
  notes: string;
  demo: boolean;
  version: number;
  abilities: { edit: boolean; delete: boolean };
}

export interface AgreementDocumentDto {
  id: string;
  name: string;
  mime: string;
  sizeBytes: number;
}

export interface AgreementDetailDto extends AgreementDto {
  renewedFrom: AgreementLink | null;
  renewals: AgreementLink[];
  documents: AgreementDocumentDto[];
}

export const agreementDocumentUrl = (id: string, fileId: string) => `/api${A}/${encodeURIComponent(id)}/documents/${encodeURIComponent(fileId)}`;

export function useAgreementDocuments(id: string) {
  const qc = useQueryClient();
  const done = () => void qc.invalidateQueries({ queryKey: ['agreements', 'one', id] });
  const attach = useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return apiFetch<AgreementDetailDto>(`${A}/${encodeURIComponent(id)}/documents`, { method: 'POST', body: form });
    },
    onSuccess: done,
  });
  const remove = useMutation({
    mutationFn: (fileId: string) => apiFetch<void>(`${A}/${encodeURIComponent(id)}/documents/${encodeURIComponent(fileId)}`, { method: 'DELETE' }),
    onSuccess: done,
  });
  return { attach, remove };
}

export interface AgreementFilters {
  kind?: AgreementKind;
  country?: string;
  year?: number;
  sector?: string;
  status?: AgreementStatus;
  q?: string;
}

export interface AgreementStats {
  byYear: Array<{ year: number; kind: AgreementKind; count: number; renewals: number }>;
  total: number;
  renewals: number;
}


export function useAgreements(filters: AgreementFilters) {
  return useQuery({ queryKey: ['agreements', 'list', filters], queryFn: () => apiFetch<{ items: AgreementDto[]; total: number }>(A, { query: { ...filters, limit: 100 } }) });
}

export function useAgreementStats(filters: AgreementFilters) {
  return useQuery({ queryKey: ['agreements', 'stats', filters], queryFn: () => apiFetch<AgreementStats>(`${A}/stats`, { query: { ...filters } }) });
}

export function useAgreement(id: string | undefined) {
  return useQuery({ queryKey: ['agreements', 'one', id], enabled: !!id, queryFn: () => apiFetch<AgreementDetailDto>(`${A}/${encodeURIComponent(id ?? '')}`) });
}

export function agreementExportUrl(filters: AgreementFilters, format: 'csv' | 'xlsx'): string {
  return `/api${A}/export${toQueryString({ ...filters, format })}`;
}

export function useSaveAgreement(id: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: AgreementInput | AgreementPatch) =>
      id ? apiFetch<AgreementDetailDto>(`${A}/${encodeURIComponent(id)}`, { method: 'PATCH', body }) : apiFetch<AgreementDetailDto>(A, { method: 'POST', body }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['agreements'] }),
  });
}

export function useDeleteAgreement() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<void>(`${A}/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['agreements'] }),
  });
}

// ── Trainings ────────────────────────────────────────────────────────────────────────────────────

export interface TrainingTotals {
  batches: number;
  trainees: number;
  firstStartsOn: string | null;
  lastEndsOn: string | null;
}

export interface TrainingDto {
  id: string;
  organisationId: string;
  organisationName: string;
  title: Localised;
  defaultLanguage: string;
  description: Localised;
  partnerCountries: string[];
  partnerRegions: string[];
  sectors: string[];
  totals: TrainingTotals;
  demo: boolean;
  version: number;
  abilities: { edit: boolean; delete: boolean; readTrainees: boolean };
}

export interface TrainingBatchDto {
  id: string;
  label: string | null;
  startsOn: string;
  endsOn: string;
  mode: TrainingMode;
  location: string | null;
  traineeCount: number;
  listedTrainees: number;
  version: number;
}

export interface TrainingDetailDto extends TrainingDto {
  batches: TrainingBatchDto[];
}

export interface TraineeDto {
  name: string;
  organisation: string | null;
  country: string | null;
  email: string | null;
}

export interface TrainingFilters {
  year?: number;
  country?: string;
  sector?: string;
  mode?: TrainingMode;
  q?: string;
}

export interface TrainingYearTotals {
  byYear: Array<{ year: number; programmes: number; batches: number; trainees: number; online: number; offline: number; hybrid: number }>;
  batches: number;
  trainees: number;
}

export interface TraineeImportReport {
  dryRun: boolean;
  total: number;
  valid: number;
  invalid: number;
  columns: Record<string, string>;
  rows: Array<{ row: number; ok: boolean; name: string | null; errors: Array<{ path: string; message: string }> }>;
}

const T = '/registries/trainings';
const one = (id: string) => `${T}/${encodeURIComponent(id)}`;
const batchPath = (id: string, batchId: string) => `${one(id)}/batches/${encodeURIComponent(batchId)}`;

export function useTrainings(filters: TrainingFilters) {
  return useQuery({ queryKey: ['trainings', 'list', filters], queryFn: () => apiFetch<{ items: TrainingDto[]; total: number }>(T, { query: { ...filters, limit: 100 } }) });
}

export function useTrainingTotals(filters: TrainingFilters) {
  return useQuery({ queryKey: ['trainings', 'totals', filters], queryFn: () => apiFetch<TrainingYearTotals>(`${T}/totals`, { query: { ...filters } }) });
}

export function useTraining(id: string | undefined) {
  return useQuery({ queryKey: ['trainings', 'one', id], enabled: !!id, queryFn: () => apiFetch<TrainingDetailDto>(one(id ?? '')) });
}

export function trainingExportUrl(filters: TrainingFilters, format: 'csv' | 'xlsx'): string {
  return `/api${T}/export${toQueryString({ ...filters, format })}`;
}

export function useSaveTraining(id: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TrainingProgrammeInput | TrainingProgrammePatch) =>
      id ? apiFetch<TrainingDetailDto>(one(id), { method: 'PATCH', body }) : apiFetch<TrainingDetailDto>(T, { method: 'POST', body }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['trainings'] }),
  });
}

export function useDeleteTraining() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<void>(one(id), { method: 'DELETE' }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['trainings'] }),
  });
}

export function useSaveBatch(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ batchId, body }: { batchId?: string; body: TrainingBatchInput | TrainingBatchPatch }) =>
      batchId ? apiFetch<TrainingDetailDto>(batchPath(id, batchId), { method: 'PATCH', body }) : apiFetch<TrainingDetailDto>(`${one(id)}/batches`, { method: 'POST', body }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['trainings'] }),
  });
}

export function useDeleteBatch(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (batchId: string) => apiFetch<TrainingDetailDto>(batchPath(id, batchId), { method: 'DELETE' }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['trainings'] }),
  });
}

export function useTrainees(id: string, batchId: string | null) {
  return useQuery({
    queryKey: ['trainings', 'trainees', id, batchId],
    enabled: !!batchId,
    queryFn: () => apiFetch<{ trainees: TraineeDto[] }>(`${batchPath(id, batchId ?? '')}/trainees`),
  });
}

export function useImportTrainees(id: string, batchId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) => {
      const form = new FormData();
      form.append('file', file);
      return apiFetch<TraineeImportReport>(`${batchPath(id, batchId)}/trainees/import`, { method: 'POST', query: { dryRun }, body: form });
    },
    onSuccess: (_report, { dryRun }) => {
      if (!dryRun) void qc.invalidateQueries({ queryKey: ['trainings'] });
    },
  });
}
